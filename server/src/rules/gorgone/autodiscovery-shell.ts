/** gorgone/autodiscovery-shell: host discovery commands run through a shell unless `no_shell_interpretation` is on. */
import { defineRule } from '../../core/rule';
import { GorgoneModel } from '../../formats/gorgone/model';
import { loadedModulesOfKind } from '../../formats/gorgone/modules';
import { setPair } from '../../formats/yaml/edits';
import { asScalar, getPair } from '../../formats/yaml/model';

/** The daemon's only values that turn the protection off. */
const OFF = new Set(['0', 'false']);

export default defineRule<GorgoneModel>({
  id: 'gorgone/autodiscovery-shell',
  format: 'gorgone',
  severity: 'warning',
  description: 'The autodiscovery module lets a shell interpret discovery commands.',
  rationale: 'Host discovery runs the commands of discovery jobs. While `no_shell_interpretation` is off they go through a shell, so metacharacters in job parameters (`;`, `$(…)`, `|`) run extra commands as the Sipmon-gorgone user. The option came as a security fix in 23.10.14, 24.04.10 and 24.10.7 with the old behaviour kept by default (a missing key means off up to 24.10); only 25.10 turns it on by default. Set `no_shell_interpretation: true`.',
  messages: {
    missing: 'The autodiscovery module has no no_shell_interpretation: on 23.10 to 24.10 discovery commands then go through a shell; set no_shell_interpretation: true.',
    off: 'no_shell_interpretation "{{value}}" lets a shell interpret discovery commands; set it to true.',
  },
  fixable: true,
  check({ model, text, report }) {
    for (const module of loadedModulesOfKind(model, 'autodiscovery')) {
      const pair = getPair(module.map, 'no_shell_interpretation');
      const value = asScalar(pair?.value);
      const fixes = [{ title: 'Set no_shell_interpretation to true', edits: [setPair(text, module.map, 'no_shell_interpretation', true)] }];
      if (pair === undefined || pair.value === undefined) {
        report({ messageId: 'missing', span: pair?.keySpan ?? module.packagePair?.value?.span ?? module.map.span, fixes });
      } else if (value !== undefined && OFF.has(value.text)) {
        report({ messageId: 'off', data: { value: value.text }, span: value.span, fixes });
      }
    }
  },
});
