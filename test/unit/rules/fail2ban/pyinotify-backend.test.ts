/** Table tests for fail2ban/pyinotify-backend. */
import rule from '../../../../server/src/rules/fail2ban/pyinotify-backend';
import { testRule } from '../../../helpers/ruleTester';

const DIR = '/etc/fail2ban';

testRule(rule, {
  valid: [
    '[Sipmon]\nbackend = auto\n',
    '[Sipmon]\nbackend = polling\n',
    { name: 'a later file switches back', code: '[Sipmon]\nbackend = pyinotify\n', files: { [`${DIR}/jail.d/Sipmon.local`]: '[Sipmon]\nbackend = auto\n' } },
  ],
  invalid: [
    {
      name: 'the guide\'s jail.local edit',
      code: '[Sipmon]\nport = http,https\nlogpath = /var/log/Sipmon/login.log\nbackend = pyinotify\n',
      errors: [{ messageId: 'pyinotify', line: 4, column: 11, endColumn: 20 }],
      output: '[Sipmon]\nport = http,https\nlogpath = /var/log/Sipmon/login.log\nbackend = auto\n',
    },
  ],
});
