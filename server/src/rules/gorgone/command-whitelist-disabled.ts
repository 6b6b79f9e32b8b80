/** gorgone/command-whitelist-disabled: an action module without `whitelist_cmds` runs every command it receives. */
import { defineRule } from '../../core/rule';
import { Edit } from '../../core/types';
import { GorgoneModel, GorgoneModule, isVaultReference } from '../../formats/gorgone/model';
import { loadedModulesOfKind } from '../../formats/gorgone/modules';
import { insertPairs, RawYaml, replaceValue, WritableValue } from '../../formats/yaml/edits';
import { asScalar, getPair } from '../../formats/yaml/model';

/** The packaged 39-action.yaml's include, so the enabled whitelist has the shipped entries instead of refusing everything. */
const PACKAGED_ALLOWED_CMDS = new RawYaml('!include /etc/Sipmon-gorgone/config.d/whitelist.conf.d/*.yaml');

/** The daemon's own test: anything containing `true` or `1`, in any case. */
const ON = /true|1/i;

function hardeningEdits(text: string, module: GorgoneModule): Edit[] {
  const whitelist = getPair(module.map, 'whitelist_cmds');
  const missing: Record<string, WritableValue> = {};
  const edits: Edit[] = [];
  if (whitelist) {
    edits.push(replaceValue(whitelist, true));
  } else {
    missing.whitelist_cmds = true;
  }
  if (!getPair(module.map, 'allowed_cmds')) {
    missing.allowed_cmds = PACKAGED_ALLOWED_CMDS;
  }
  if (Object.keys(missing).length > 0) {
    edits.push(insertPairs(text, module.map, missing));
  }
  return edits;
}

export default defineRule<GorgoneModel>({
  id: 'gorgone/command-whitelist-disabled',
  format: 'gorgone',
  severity: 'error',
  description: 'An action module runs every command: whitelist_cmds is missing or off.',
  rationale: 'The action module executes the commands it receives (from the central server, the HTTP API\'s `/api/core/action/command`). The daemon checks them against `allowed_cmds` only when `whitelist_cmds` matches `/true|1/i`; otherwise, including when the key is missing, every command is authorised. Set `whitelist_cmds: true` and `allowed_cmds: !include /etc/Sipmon-gorgone/config.d/whitelist.conf.d/*.yaml`.',
  messages: {
    missing: 'The action module has no whitelist_cmds: every command it receives is executed; set whitelist_cmds: true.',
    off: 'whitelist_cmds "{{value}}" is off for the daemon (it needs true or 1): every command is executed; set whitelist_cmds: true.',
  },
  fixable: true,
  check({ model, text, report }) {
    for (const module of loadedModulesOfKind(model, 'action')) {
      const pair = getPair(module.map, 'whitelist_cmds');
      const value = pair?.value;
      const scalar = asScalar(value);
      if (value?.tag !== undefined || isVaultReference(scalar) || (scalar !== undefined && ON.test(scalar.text))) {
        // Included or Vault-resolved values are only known at load time: not reported.
        continue;
      }
      const fixes = [{ title: 'Enable the command whitelist', edits: hardeningEdits(text, module) }];
      if (pair === undefined) {
        report({ messageId: 'missing', span: module.packagePair?.value?.span ?? module.map.span, fixes });
      } else {
        report({ messageId: 'off', data: { value: scalar?.text ?? '' }, span: value?.span ?? pair.keySpan, fixes });
      }
    }
  },
});
