/** Table tests for gorgone/insecure-archive-extract. */
import rule from '../../../../server/src/rules/gorgone/insecure-archive-extract';
import { testRule } from '../../../helpers/ruleTester';

const action = (extra: string) =>
  `gorgone:\n  modules:\n    - name: action\n      package: gorgone::modules::core::action::hooks\n      enable: true\n${extra}      whitelist_cmds: true\n`;

testRule(rule, {
  valid: [
    action(''),
    { name: '0 leaves the safe mode on', code: action('      tar_insecure_extra_mode: 0\n') },
    { name: 'the daemon test is case-sensitive: True is off', code: action('      tar_insecure_extra_mode: True\n') },
    { name: 'yes is off too', code: action('      tar_insecure_extra_mode: yes\n') },
    { name: 'another module', code: 'gorgone:\n  modules:\n    - name: engine\n      package: gorgone::modules::Sipmon::engine::hooks\n      enable: true\n      tar_insecure_extra_mode: 1\n' },
  ],
  invalid: [
    {
      code: action('      tar_insecure_extra_mode: 1\n'),
      errors: [{ messageId: 'on', line: 6, column: 32, endLine: 6, endColumn: 33, data: { value: '1' } }],
      output: action(''),
    },
    {
      name: 'quoted true, last key of the module',
      code: 'gorgone:\n  modules:\n    - name: action\n      package: gorgone::modules::core::action::hooks\n      enable: true\n      tar_insecure_extra_mode: "true"\n    - name: engine\n',
      errors: [{ messageId: 'on', line: 6, column: 32, data: { value: 'true' } }],
      output: 'gorgone:\n  modules:\n    - name: action\n      package: gorgone::modules::core::action::hooks\n      enable: true\n    - name: engine\n',
    },
    {
      name: 'flow module',
      code: 'gorgone:\n  modules:\n    - { name: action, package: gorgone::modules::core::action::hooks, enable: true, tar_insecure_extra_mode: true, whitelist_cmds: true }\n',
      errors: [{ messageId: 'on', line: 3, column: 110 }],
      output: 'gorgone:\n  modules:\n    - { name: action, package: gorgone::modules::core::action::hooks, enable: true, whitelist_cmds: true }\n',
    },
  ],
});
