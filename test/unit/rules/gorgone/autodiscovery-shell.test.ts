/** Table tests for gorgone/autodiscovery-shell. */
import rule from '../../../../server/src/rules/gorgone/autodiscovery-shell';
import { testRule } from '../../../helpers/ruleTester';

const discovery = (extra: string, enable = 'true') =>
  `gorgone:\n  modules:\n    - name: autodiscovery\n      package: "gorgone::modules::Sipmon::autodiscovery::hooks"\n      enable: ${enable}\n${extra}`;

testRule(rule, {
  valid: [
    discovery('      no_shell_interpretation: true\n'),
    { name: 'any value but 0 or false keeps it on', code: discovery('      no_shell_interpretation: 1\n') },
    { name: 'a disabled module runs no discovery', code: discovery('      global_timeout: 300\n', 'false') },
    { name: 'another module', code: 'gorgone:\n  modules:\n    - name: engine\n      package: gorgone::modules::Sipmon::engine::hooks\n      enable: true\n' },
  ],
  invalid: [
    {
      name: 'missing: off on 23.10 to 24.10',
      code: discovery('      global_timeout: 300\n'),
      errors: [{ messageId: 'missing', line: 4, column: 16, endLine: 4, endColumn: 64 }],
      output: discovery('      global_timeout: 300\n      no_shell_interpretation: true\n'),
    },
    {
      name: 'false',
      code: discovery('      no_shell_interpretation: false\n      check_interval: 15\n'),
      errors: [{ messageId: 'off', line: 6, column: 32, data: { value: 'false' } }],
      output: discovery('      no_shell_interpretation: true\n      check_interval: 15\n'),
    },
    {
      name: 'quoted 0',
      code: discovery("      no_shell_interpretation: '0'\n"),
      errors: [{ messageId: 'off', line: 6, column: 32, data: { value: '0' } }],
      output: discovery('      no_shell_interpretation: true\n'),
    },
    {
      name: 'empty value counts as missing',
      code: discovery('      no_shell_interpretation:\n'),
      errors: [{ messageId: 'missing', line: 6, column: 7 }],
      output: discovery('      no_shell_interpretation: true\n'),
    },
    {
      name: 'flow module',
      code: 'gorgone:\n  modules:\n    - { name: autodiscovery, package: gorgone::modules::Sipmon::autodiscovery::hooks, enable: true }\n',
      errors: [{ messageId: 'missing', line: 3, column: 39 }],
      output: 'gorgone:\n  modules:\n    - { name: autodiscovery, package: gorgone::modules::Sipmon::autodiscovery::hooks, enable: true, no_shell_interpretation: true }\n',
    },
  ],
});
