/** broker/invalid-boolean: a switch of an endpoint written with a spelling the daemon does not accept. */
import { defineRule } from '../../core/rule';
import { Fix } from '../../core/types';
import { setValue } from '../../formats/broker/edits';
import { asScalar, BrokerModel, Endpoint, entryOf } from '../../formats/broker/model';
import { acceptedSpellings, booleanOf, endpointLabel, isBbdoTcp, isPlaceholder, typeOf } from '../../formats/broker/values';

/** A switch, and whether it also accepts `auto`. */
type Switch = readonly [key: string, allowsAuto: boolean];

const LEGACY_SWITCHES: readonly Switch[] = [['tls', true], ['compression', true], ['one_peer_retention_mode', false], ['retention', false]];
const BBDO_SERVER_SWITCHES: readonly Switch[] = [['encryption', false], ['compression', false]];

/** The switches of an endpoint (shared tables, not built per endpoint). */
function switchesOf(endpoint: Endpoint): readonly Switch[] {
  if (isBbdoTcp(endpoint)) {
    return LEGACY_SWITCHES;
  }
  const type = typeOf(endpoint);
  return type === 'bbdo_server' || type === 'bbdo_client' ? BBDO_SERVER_SWITCHES : [];
}

/** Spellings whose meaning is plain, so the fix can keep it. */
function intendedValue(text: string): string | undefined {
  if (/^(on|enable|enabled|active)$/i.test(text.trim())) {
    return 'yes';
  }
  return /^(off|disable|disabled|none|inactive)$/i.test(text.trim()) ? 'no' : undefined;
}

export default defineRule<BrokerModel>({
  id: 'broker/invalid-boolean',
  format: 'broker',
  severity: 'warning',
  description: 'An endpoint switch (tls, encryption, compression, one_peer_retention_mode) has a value Broker does not accept.',
  rationale: 'Broker reads these switches as boolean strings: yes/no/true/false/1/0/y/n/t/f in any case, plus `auto` for tls and compression on ipv4/ipv6/tcp endpoints (the XML-era parser also took enable/enabled). Any other string is not read as on: for `tls`, an error is logged and TLS stays off. Hardened: one of the accepted spellings.',
  messages: {
    invalid: '{{key}} "{{value}}" is not a value Broker accepts ({{accepted}}): it is not read as on{{effect}}.',
  },
  fixable: true,
  check({ model, report }) {
    for (const endpoint of model.endpoints) {
      for (const [key, allowsAuto] of switchesOf(endpoint)) {
        const entry = entryOf(endpoint.object, key);
        const scalar = asScalar(entry?.value);
        if (!entry || scalar?.type !== 'string' || scalar.text === undefined || scalar.text.trim() === '' || isPlaceholder(scalar.text)) {
          continue;
        }
        if (booleanOf(scalar.text, model.syntax) !== undefined || (allowsAuto && scalar.text.toLowerCase() === 'auto')) {
          continue;
        }
        const intended = intendedValue(scalar.text);
        const fixes: Fix[] = intended === undefined ? [] : [{ title: `Set ${key} to "${intended}"`, edits: [setValue(entry, intended)] }];
        report({
          messageId: 'invalid',
          data: {
            key,
            value: scalar.text,
            accepted: acceptedSpellings(model.syntax, allowsAuto),
            effect: key === 'tls' || key === 'encryption' ? `: TLS stays off on this ${endpointLabel(endpoint)}` : '',
          },
          span: scalar.span,
          fixes,
        });
      }
    }
  },
});
