/** Table tests for gorgone/whitelist-regex-unanchored. */
import rule from '../../../../server/src/rules/gorgone/whitelist-regex-unanchored';
import { testRule } from '../../../helpers/ruleTester';

const WHITELIST_PATH = '/etc/Sipmon-gorgone/config.d/whitelist.conf.d/custom.yaml';
const VENDOR_PATH = '/etc/Sipmon-gorgone/config.d/whitelist.conf.d/Sipmon.yaml';
const inline = (items: string, enable = 'true') =>
  `gorgone:\n  modules:\n    - name: action\n      package: gorgone::modules::core::action::hooks\n      enable: ${enable}\n      whitelist_cmds: true\n      allowed_cmds:\n${items}`;
const list = (code: string) => ({ code, path: WHITELIST_PATH });

testRule(rule, {
  valid: [
    inline('        - ^/usr/sbin/centenginestats\\s+-c\\s+/etc/Sipmon-engine/+centengine\\.cfg\\s*$\n'),
    { name: 'alternation inside a group', code: inline('        - ^sudo\\s+systemctl\\s+(reload|restart)\\s+(cbd|centengine)\\s*$\n') },
    { name: 'each top-level branch anchored', ...list('- ^/bin/true$|^/bin/false$\n') },
    { name: '\\A and \\z anchors', ...list("- '\\A/bin/true\\z'\n") },
    { name: 'an escaped dot repeated is not .*', ...list('- ^/bin/echo \\.*$\n') },
    { name: 'a | inside a character class', ...list('- ^/bin/echo [|]\\s*$\n') },
    { name: 'Vault references are resolved at load time', ...list('- ^/bin/true\\s*$\n- secret::hashicorp_vault::SecretPathArg::secretNameFromApiResponse\n') },
    { name: 'an included list is linted in its own files', code: 'gorgone:\n  modules:\n    - name: action\n      package: gorgone::modules::core::action::hooks\n      enable: true\n      allowed_cmds: !include /etc/Sipmon-gorgone/config.d/whitelist.conf.d/*.yaml\n' },
    { name: 'a module that is not loaded', code: inline('        - ^mkdir\n', 'false') },
    { name: 'a cron.d list of maps is not a whitelist', code: '- id: x\n  timespec: "* * * * *"\n  action: COMMAND\n' },
  ],
  invalid: [
    {
      name: 'prefix-only entries of the shipped file, plain, single and double quoted',
      ...list('- ^mkdir\n- \'^Sipmon\'\n- "^cbd"\n'),
      errors: [
        { messageId: 'unanchored', line: 1, column: 3, endLine: 1, endColumn: 9, data: { regex: '^mkdir', example: '<allowed>; rm -rf /' } },
        { messageId: 'unanchored', line: 2, column: 3, endColumn: 12 },
        { messageId: 'unanchored', line: 3, column: 3, endColumn: 9 },
      ],
      output: '- ^mkdir\\s*$\n- \'^Sipmon\\s*$\'\n- "^cbd\\\\s*$"\n',
    },
    {
      name: 'missing ^, missing both, and an escaped dollar that is no anchor',
      ...list('- /bin/true$\n- cbd\n- ^echo \\$\n'),
      errors: [
        { messageId: 'unanchored', line: 1, column: 3, data: { regex: '/bin/true$', example: 'rm -rf / #<allowed>' } },
        { messageId: 'unanchored', line: 2, column: 3 },
        { messageId: 'unanchored', line: 3, column: 3 },
      ],
      output: '- ^/bin/true$\n- ^cbd\\s*$\n- ^echo \\$\\s*$\n',
    },
    {
      name: 'open ends and match-everything entries have no mechanical fix',
      ...list('- ^/usr/lib/Sipmon/plugins/.*$\n- ^/bin/cat .+\n- .*\n- "^.*$"\n- ""\n- ^/bin/(.*)\\s*$\n'),
      errors: [
        { messageId: 'openEnd', line: 1, column: 3 },
        { messageId: 'openEnd', line: 2, column: 3 },
        { messageId: 'matchesAll', line: 3, column: 3 },
        { messageId: 'matchesAll', line: 4, column: 3 },
        { messageId: 'matchesAll', line: 5, column: 3 },
        { messageId: 'openEnd', line: 6, column: 3 },
      ],
    },
    {
      name: 'a top-level alternation leaves a branch unanchored',
      ...list('- ^/bin/true$|rm\n'),
      errors: [{ messageId: 'unanchored', line: 1, column: 3 }],
    },
    {
      name: 'inline allowed_cmds in flow style',
      code: inline('        [ "^/bin/true\\\\s*$", ^mkdir ]\n'),
      errors: [{ messageId: 'unanchored', line: 8, column: 30 }],
      output: inline('        [ "^/bin/true\\\\s*$", ^mkdir\\s*$ ]\n'),
    },
    {
      name: 'in the packaged file, shipped entries are reported without a fix (edits are lost on upgrade)',
      code: '- ^mkdir\n- ^/opt/local/backup\n',
      path: VENDOR_PATH,
      errors: [{ messageId: 'unanchored', line: 1, column: 3 }, { messageId: 'unanchored', line: 2, column: 3 }],
      output: '- ^mkdir\n- ^/opt/local/backup\\s*$\n',
    },
  ],
});
