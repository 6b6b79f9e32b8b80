/** Table tests for fail2ban/edited-jail-conf: edits in jail.conf, and jail.local as a full copy of it. */
import rule from '../../../../server/src/rules/fail2ban/edited-jail-conf';
import { testRule } from '../../../helpers/ruleTester';

const JAIL_CONF = '/etc/fail2ban/jail.conf';
const STOCK = '[DEFAULT]\nbantime  = 10m\nfindtime  = 10m\nmaxretry = 5\nbackend = auto\nenabled = false\n\n[Sipmon]\nport    = http,https\nlogpath = /var/log/Sipmon/login.log\n';

testRule(rule, {
  valid: [
    { name: 'the stock jail.conf', code: STOCK, path: JAIL_CONF },
    { name: 'overrides in jail.local', code: '[Sipmon]\nenabled = true\nmaxretry = 3\n' },
    { name: 'the stock header in a drop-in file is not a full copy of jail.local', code: '# YOU SHOULD NOT MODIFY THIS FILE.\n[Sipmon]\nenabled = true\n', path: '/etc/fail2ban/jail.d/custom.local' },
  ],
  invalid: [
    {
      name: 'the jail enabled and hardened in jail.conf',
      code: STOCK.replace('port    = http,https\n', 'enabled = true\nport    = http,https\nmaxretry = 3\n'),
      path: JAIL_CONF,
      errors: [
        { messageId: 'edited', line: 9, column: 1, endColumn: 15, data: { what: '[Sipmon] is enabled in jail.conf' } },
        { messageId: 'edited', line: 11, column: 1, data: { what: 'maxretry is set in jail.conf\'s [Sipmon]' } },
      ],
    },
    {
      name: 'changed [DEFAULT] values, and ignoreip uncommented',
      code: STOCK.replace('bantime  = 10m', 'bantime  = 1h').replace('enabled = false', 'enabled = false\nignoreip = 127.0.0.1/8'),
      path: JAIL_CONF,
      errors: [
        { messageId: 'edited', line: 2, column: 1, data: { what: '[DEFAULT] bantime differs from the packaged value' } },
        { messageId: 'edited', line: 7, column: 1, data: { what: '[DEFAULT] ignoreip differs from the packaged value' } },
      ],
    },
    {
      name: 'jail.local copied from jail.conf',
      code: '#\n# WARNING: heavily refactored in 0.9.0 release.\n#\n# YOU SHOULD NOT MODIFY THIS FILE.\n#\n[DEFAULT]\nbantime = 10m\n',
      errors: [{ messageId: 'fullCopy', line: 4, column: 1 }],
    },
  ],
});
