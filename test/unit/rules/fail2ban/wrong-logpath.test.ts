/** Table tests for fail2ban/wrong-logpath. */
import rule from '../../../../server/src/rules/fail2ban/wrong-logpath';
import { testRule } from '../../../helpers/ruleTester';

const DIR = '/etc/fail2ban';

testRule(rule, {
  valid: [
    '[Sipmon]\nlogpath = /var/log/Sipmon/login.log\n',
    { name: 'the stock jail.conf\'s value when it is not in view', code: '[Sipmon]\nenabled = true\n' },
    { name: 'a custom log folder', code: '[Sipmon]\nlogpath = /data/log/Sipmon/login.log\n' },
    { name: 'several paths, one right', code: '[Sipmon]\nlogpath = /var/log/other.log\n          /var/log/Sipmon/login.log tail\n' },
    { name: 'interpolated', code: '[DEFAULT]\nsipmon_log = /var/log/Sipmon/login.log\n[Sipmon]\nlogpath = %(sipmon_log)s\n' },
  ],
  invalid: [
    {
      code: '[Sipmon]\nlogpath = /var/log/centreon/login.log\n',
      errors: [{ messageId: 'wrong', line: 2, column: 11, endColumn: 38 }],
      output: '[Sipmon]\nlogpath = /var/log/Sipmon/login.log\n',
    },
    {
      name: 'jail.conf in view has no [Sipmon]: no logpath at all',
      code: '[Sipmon]\nenabled = true\n',
      path: `${DIR}/jail.d/custom.conf`,
      files: { [`${DIR}/jail.conf`]: '[DEFAULT]\nbantime = 10m\n' },
      errors: [{ messageId: 'missing', line: 1, column: 2 }],
      output: '[Sipmon]\nenabled = true\nlogpath = /var/log/Sipmon/login.log\n',
    },
  ],
});
