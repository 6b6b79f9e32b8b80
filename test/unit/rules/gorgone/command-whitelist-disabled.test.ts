/** Table tests for gorgone/command-whitelist-disabled. */
import rule from '../../../../server/src/rules/gorgone/command-whitelist-disabled';
import { testRule } from '../../../helpers/ruleTester';

const action = (extra: string) =>
  `gorgone:\n  modules:\n    - name: action\n      package: "gorgone::modules::core::action::hooks"\n      enable: true\n${extra}`;
const INCLUDE = 'allowed_cmds: !include /etc/Sipmon-gorgone/config.d/whitelist.conf.d/*.yaml';

testRule(rule, {
  valid: [
    { name: 'the packaged 39-action.yaml', code: action(`      command_timeout: 30\n      whitelist_cmds: true\n      ${INCLUDE}\n`) },
    { name: '1 matches the daemon\'s /true|1/i', code: action('      whitelist_cmds: 1\n      allowed_cmds: [ "^/bin/true\\\\s*$" ]\n') },
    { name: '"True" matches too', code: action('      whitelist_cmds: "True"\n') },
    { name: 'a Vault reference is resolved at load time', code: action('      whitelist_cmds: secret::hashicorp_vault::SecretPathArg::secretNameFromApiResponse\n') },
    { name: 'a disabled module runs nothing', code: 'gorgone:\n  modules:\n    - name: action\n      package: gorgone::modules::core::action::hooks\n      enable: false\n' },
    { name: 'a module without enable is never loaded', code: 'gorgone:\n  modules:\n    - name: action\n      package: gorgone::modules::core::action::hooks\n' },
    { name: 'another module with whitelist_cmds false', code: 'gorgone:\n  modules:\n    - name: engine\n      package: gorgone::modules::Sipmon::engine::hooks\n      enable: true\n      whitelist_cmds: false\n' },
  ],
  invalid: [
    {
      name: 'missing: both keys are added',
      code: action('      command_timeout: 30\n'),
      errors: [{ messageId: 'missing', line: 4, column: 16, endLine: 4, endColumn: 55 }],
      output: action(`      command_timeout: 30\n      whitelist_cmds: true\n      ${INCLUDE}\n`),
    },
    {
      name: 'false with an inline list: only the value changes',
      code: action('      whitelist_cmds: false\n      allowed_cmds:\n        - ^/bin/true\\s*$\n'),
      errors: [{ messageId: 'off', line: 6, column: 23, data: { value: 'false' } }],
      output: action('      whitelist_cmds: true\n      allowed_cmds:\n        - ^/bin/true\\s*$\n'),
    },
    {
      name: 'yes is off for the daemon; allowed_cmds added after the last key',
      code: action('      whitelist_cmds: yes\n      command_timeout: 30\n'),
      errors: [{ messageId: 'off', line: 6, column: 23, data: { value: 'yes' } }],
      output: action(`      whitelist_cmds: true\n      command_timeout: 30\n      ${INCLUDE}\n`),
    },
    {
      name: 'empty value',
      code: action(`      whitelist_cmds:\n      ${INCLUDE}\n`),
      errors: [{ messageId: 'off', line: 6, column: 7, data: { value: '' } }],
      output: action(`      whitelist_cmds: true\n      ${INCLUDE}\n`),
    },
    {
      name: 'flow module in a poller config',
      code: 'gorgone:\n  modules:\n    - { name: action, package: gorgone::modules::core::action::hooks, enable: true }\n',
      errors: [{ messageId: 'missing', line: 3, column: 32 }],
      output: `gorgone:\n  modules:\n    - { name: action, package: gorgone::modules::core::action::hooks, enable: true, whitelist_cmds: true, ${INCLUDE} }\n`,
    },
  ],
});
