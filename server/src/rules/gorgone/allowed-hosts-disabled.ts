/** gorgone/allowed-hosts-disabled: the Gorgone HTTP API does not filter callers by source address. */
import { defineRule } from '../../core/rule';
import { enableAllowedHostsEdits, LOCAL_SUBNET } from '../../formats/gorgone/httpserver';
import { GorgoneModel } from '../../formats/gorgone/model';
import { loadedModulesOfKind, moduleAnchor } from '../../formats/gorgone/modules';
import { isExactlyTrue, isPlaceholder, meansOnButIsNot } from '../../formats/gorgone/values';
import { asMap, asScalar, getPair } from '../../formats/yaml/model';

export default defineRule<GorgoneModel>({
  id: 'gorgone/allowed-hosts-disabled',
  format: 'gorgone',
  severity: 'warning',
  description: 'The Gorgone HTTP API does not restrict callers by address (allowed_hosts.enabled is not true).',
  rationale: 'With `allowed_hosts` off, every host that can reach the port may call the API, including /api/core/action/command. The installer enables it with only 127.0.0.1/32. Hardened: `allowed_hosts: { enabled: true, subnets: [127.0.0.1/32] }`, plus the subnets of the hosts that really call the API.',
  messages: {
    off: 'allowed_hosts is off (enabled: {{value}}): the Gorgone HTTP API accepts callers from any address.',
    missing: 'allowed_hosts is off (no allowed_hosts.enabled; the default is off): the Gorgone HTTP API accepts callers from any address.',
  },
  fixable: true,
  check({ model, text, report }) {
    for (const module of loadedModulesOfKind(model, 'httpserver')) {
      const allowedHostsPair = getPair(module.map, 'allowed_hosts');
      const enabledPair = getPair(asMap(allowedHostsPair?.value), 'enabled');
      const enabled = asScalar(enabledPair?.value);
      // A misspelt "on" (`enabled: yes`) is reported by gorgone/non-boolean-flag.
      if (enabled && (isExactlyTrue(enabled.text) || meansOnButIsNot(enabled.text) || isPlaceholder(enabled.text))) {
        continue;
      }
      const allow = enableAllowedHostsEdits(text, module.map);
      report({
        messageId: enabled ? 'off' : 'missing',
        data: enabled ? { value: enabled.text === '' ? '""' : enabled.text } : {},
        span: enabled?.span ?? enabledPair?.keySpan ?? allowedHostsPair?.keySpan ?? moduleAnchor(module),
        fixes: [{
          title: allow.added.length > 0 ? `Enable allowed_hosts with ${LOCAL_SUBNET} (only local callers)` : 'Enable allowed_hosts with the listed subnets',
          edits: allow.edits,
        }],
      });
    }
  },
});
