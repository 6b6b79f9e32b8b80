/** gorgone/api-auth-disabled: the Gorgone HTTP API answers without authentication. */
import { defineRule } from '../../core/rule';
import { DEFAULT_API_USER, enableAuthEdits } from '../../formats/gorgone/httpserver';
import { GorgoneModel } from '../../formats/gorgone/model';
import { loadedModulesOfKind, moduleAnchor } from '../../formats/gorgone/modules';
import { isExactlyTrue, isPlaceholder, meansOnButIsNot } from '../../formats/gorgone/values';
import { asMap, asScalar, getPair } from '../../formats/yaml/model';

export default defineRule<GorgoneModel>({
  id: 'gorgone/api-auth-disabled',
  format: 'gorgone',
  severity: 'warning',
  description: 'The Gorgone HTTP API does not require authentication (auth.enabled is not true).',
  rationale: 'Without `auth.enabled: true`, anyone the network (and allowed_hosts) lets through can call /api/core/action/command and run commands as Sipmon-gorgone. Hardened: `auth: { enabled: true, user: …, password: … }`, with the same credentials in Administration > Parameters > Gorgone.',
  messages: {
    off: 'Authentication of the Gorgone HTTP API is off (auth.enabled: {{value}}): any caller that reaches it can run commands.',
    missing: 'Authentication of the Gorgone HTTP API is off (no auth.enabled; the default is off): any caller that reaches it can run commands.',
  },
  fixable: true,
  check({ model, text, report, newSecret }) {
    for (const module of loadedModulesOfKind(model, 'httpserver')) {
      const authPair = getPair(module.map, 'auth');
      const enabledPair = getPair(asMap(authPair?.value), 'enabled');
      const enabled = asScalar(enabledPair?.value);
      // A misspelt "on" (`enabled: yes`) is reported by gorgone/non-boolean-flag.
      if (enabled && (isExactlyTrue(enabled.text) || meansOnButIsNot(enabled.text) || isPlaceholder(enabled.text))) {
        continue;
      }
      const auth = enableAuthEdits(text, module.map, newSecret);
      const credentials = auth.added.length === 0
        ? 'with the configured user and password'
        : `adding ${auth.added.map((key) => (key === 'user' ? `user "${DEFAULT_API_USER}"` : 'a generated password')).join(' and ')}`;
      report({
        messageId: enabled ? 'off' : 'missing',
        data: enabled ? { value: enabled.text === '' ? '""' : enabled.text } : {},
        span: enabled?.span ?? enabledPair?.keySpan ?? authPair?.keySpan ?? moduleAnchor(module),
        fixes: [{
          title: `Enable authentication ${credentials}; enter the same credentials in Administration > Parameters > Gorgone`,
          edits: auth.edits,
          needsJudgement: true,
        }],
      });
    }
  },
});
