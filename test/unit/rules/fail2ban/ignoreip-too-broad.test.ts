/** Table tests for fail2ban/ignoreip-too-broad, across continuation lines. */
import rule from '../../../../server/src/rules/fail2ban/ignoreip-too-broad';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '[DEFAULT]\nignoreip = 127.0.0.1/8 ::1\n',
    '[DEFAULT]\nignoreip = 127.0.0.1/8 ::1 192.0.2.0/24 admin.example.com\n',
    { name: 'exactly /8', code: '[Sipmon]\nignoreip = 10.0.0.0/8\n' },
    { name: 'the single address 0.0.0.0', code: '[Sipmon]\nignoreip = 0.0.0.0\n' },
    { name: 'IPv6 /32', code: '[Sipmon]\nignoreip = 2001:db8::/32\n' },
    { name: 'a jail that does not run', code: '[sshd]\nignoreip = 0.0.0.0/0\n' },
  ],
  invalid: [
    {
      code: '[DEFAULT]\nignoreip = 127.0.0.1/8 ::1 0.0.0.0/0\n',
      errors: [{ messageId: 'broad', line: 2, column: 28, endColumn: 37, data: { range: '0.0.0.0/0', what: 'every IPv4 address' } }],
      output: '[DEFAULT]\nignoreip = 127.0.0.1/8 ::1\n',
    },
    {
      name: 'continuation lines and commas',
      code: '[Sipmon]\nenabled = true\nignoreip = 127.0.0.1/8,\n    ::/0\n    10.0.0.0/4, 192.0.2.1\n',
      errors: [
        { messageId: 'broad', line: 4, column: 5, data: { range: '::/0', what: 'every IPv6 address' } },
        { messageId: 'broad', line: 5, column: 5, data: { range: '10.0.0.0/4', what: '1/16 of all IPv4 addresses (268,435,456)' } },
      ],
      output: '[Sipmon]\nenabled = true\nignoreip = 127.0.0.1/8,\n    192.0.2.1\n',
    },
    {
      name: 'a dotted netmask',
      code: '[Sipmon]\nignoreip = 0.0.0.0/0.0.0.0\n',
      errors: [{ messageId: 'broad', line: 2, column: 12 }],
      output: '[Sipmon]\nignoreip =\n',
    },
  ],
});
