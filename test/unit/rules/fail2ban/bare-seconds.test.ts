/** Table tests for fail2ban/bare-seconds. */
import rule from '../../../../server/src/rules/fail2ban/bare-seconds';
import { testRule } from '../../../helpers/ruleTester';

const DIR = '/etc/fail2ban';

testRule(rule, {
  valid: [
    '[Sipmon]\nbantime = 10m\n',
    { name: 'a large number of seconds is deliberate', code: '[Sipmon]\nbantime = 3600\n' },
    { name: 'just above the limit', code: '[Sipmon]\nfindtime = 61\n' },
    { name: 'permanent ban', code: '[Sipmon]\nbantime = -1\n' },
    { name: 'zero', code: '[Sipmon]\nbantime = 0\n' },
    { name: 'not a time option', code: '[Sipmon]\nmaxretry = 3\n' },
    { name: 'a jail that does not run', code: '[apache-auth]\nbantime = 10\n' },
    { name: 'replaced by a later file', code: '[Sipmon]\nbantime = 10\n', files: { [`${DIR}/jail.d/Sipmon.local`]: '[Sipmon]\nbantime = 1h\n' } },
  ],
  invalid: [
    {
      code: '[Sipmon]\nbantime = 10\n',
      errors: [{ messageId: 'bare', line: 2, column: 11, endColumn: 13, data: { name: 'bantime', value: '10' } }],
      output: '[Sipmon]\nbantime = 10m\n',
    },
    {
      name: '[DEFAULT] and a running jail, keeping inline comments',
      code: '[DEFAULT]\nfindtime = 60 ; one hour?\n[sshd]\nenabled = true\nbantime.maxtime = 5\n',
      errors: [
        { messageId: 'bare', line: 2, column: 12, endColumn: 14, data: { name: 'findtime', value: '60' } },
        { messageId: 'bare', line: 5, column: 19, data: { name: 'bantime.maxtime', value: '5' } },
      ],
      output: '[DEFAULT]\nfindtime = 60m ; one hour?\n[sshd]\nenabled = true\nbantime.maxtime = 5m\n',
    },
  ],
});
