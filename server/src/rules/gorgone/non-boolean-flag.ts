/** gorgone/non-boolean-flag: a security flag written `yes`, `on`, `1` or `True`, which gorgoned reads as off. */
import { defineRule } from '../../core/rule';
import { Fix } from '../../core/types';
import { enableAllowedHostsEdits, enableAuthEdits, enableSslEdits, ProtectionEdits } from '../../formats/gorgone/httpserver';
import { GorgoneModel } from '../../formats/gorgone/model';
import { loadedModulesOfKind } from '../../formats/gorgone/modules';
import { meansOnButIsNot } from '../../formats/gorgone/values';
import { replaceValue } from '../../formats/yaml/edits';
import { asMap, asScalar, get, YamlMap, YamlScalar } from '../../formats/yaml/model';

/** One flag the daemon compares with the string 'true', and how to turn it on so that the daemon can still run. */
interface Flag {
  key: string;
  scalar: YamlScalar | undefined;
  /** What happens with the misspelt value. */
  effect: 'exits' | 'off';
  /** Edits that turn the flag on, plus whatever the daemon then needs; undefined when writing `true` is enough. */
  enable?: () => ProtectionEdits;
}

function flagsOf(model: GorgoneModel, text: string, newSecret: () => string): Flag[] {
  const flags: Flag[] = [];
  for (const module of loadedModulesOfKind(model, 'httpserver')) {
    flags.push(
      // [daemon] any ssl value but exactly true/false leaves HTTP::Daemon undefined: "can't construct socket".
      { key: 'ssl', scalar: asScalar(get(module.map, 'ssl')), effect: 'exits', enable: () => enableSslEdits(text, module.map) },
      { key: 'auth.enabled', scalar: asScalar(get(asMap(get(module.map, 'auth')), 'enabled')), effect: 'off', enable: () => enableAuthEdits(text, module.map, newSecret) },
      { key: 'allowed_hosts.enabled', scalar: asScalar(get(asMap(get(module.map, 'allowed_hosts')), 'enabled')), effect: 'off', enable: () => enableAllowedHostsEdits(text, module.map) },
    );
  }
  for (const module of loadedModulesOfKind(model, 'proxy')) {
    const listener: YamlMap | undefined = asMap(get(module.map, 'httpserver'));
    if (listener) {
      flags.push({ key: 'httpserver.ssl', scalar: asScalar(get(listener, 'ssl')), effect: 'off', enable: () => enableSslEdits(text, listener) });
    }
  }
  for (const module of loadedModulesOfKind(model, 'pullwss')) {
    flags.push({ key: 'ssl', scalar: asScalar(get(module.map, 'ssl')), effect: 'off' });
  }
  return flags;
}

function fixFor(flag: Flag & { scalar: YamlScalar }): Fix {
  const enabled = flag.enable?.();
  if (!enabled || enabled.added.length === 0) {
    return { title: `Write ${flag.key}: true`, edits: enabled?.edits ?? [replaceValue(flag.scalar, true)] };
  }
  if (flag.key === 'allowed_hosts.enabled') {
    // Enabled with no subnet the list denies everyone; the local subnet is the installer's own value.
    return { title: 'Write allowed_hosts.enabled: true and allow 127.0.0.1/32 (no subnet was listed)', edits: enabled.edits };
  }
  return {
    title: `Write ${flag.key}: true and add ${enabled.added.join(', ')} (the daemon needs them once the flag is on; review the values)`,
    edits: enabled.edits,
    needsJudgement: true,
  };
}

export default defineRule<GorgoneModel>({
  id: 'gorgone/non-boolean-flag',
  format: 'gorgone',
  severity: 'error',
  description: 'A Gorgone security flag is written yes/on/1/True, which the daemon reads as off.',
  rationale: 'gorgoned turns on `ssl`, `auth.enabled`, `allowed_hosts.enabled` and the proxy/pullwss `ssl` only for exactly `true` (YAML true or the string "true"). `yes`, `on`, `1` or `True` reach it unchanged and count as off; for the httpserver `ssl` the daemon cannot even start. Hardened: `true`.',
  messages: {
    off: '{{key}}: {{value}} is not `true` for gorgoned, which compares with the string "true": the setting is silently off.',
    exits: '{{key}}: {{value}} is neither `true` nor `false` for gorgoned: the HTTP API cannot create its socket and the daemon exits.',
  },
  fixable: true,
  check({ model, text, report, newSecret }) {
    for (const flag of flagsOf(model, text, newSecret)) {
      const scalar = flag.scalar;
      if (scalar && meansOnButIsNot(scalar.text)) {
        report({
          messageId: flag.effect,
          data: { key: flag.key, value: text.slice(scalar.span.start, scalar.span.end) },
          span: scalar.span,
          fixes: [fixFor({ ...flag, scalar })],
        });
      }
    }
  },
});
