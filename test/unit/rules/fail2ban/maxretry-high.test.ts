/** Table tests for fail2ban/maxretry-high. */
import rule from '../../../../server/src/rules/fail2ban/maxretry-high';
import { testRule } from '../../../helpers/ruleTester';

const DIR = '/etc/fail2ban';

testRule(rule, {
  valid: [
    '[Sipmon]\nenabled = true\nmaxretry = 3\n',
    '[Sipmon]\nmaxretry = 5\n',
    { name: 'the stock default (5) when jail.conf is not in view', code: '[Sipmon]\nenabled = true\n' },
    { name: 'other jails are not judged', code: '[sshd]\nenabled = true\nmaxretry = 10\n[Sipmon]\nenabled = true\n' },
    { name: 'the jail\'s own value beats [DEFAULT]', code: '[DEFAULT]\nmaxretry = 10\n[Sipmon]\nmaxretry = 3\n' },
    { name: 'a later file lowers it', code: '[Sipmon]\nmaxretry = 10\n', files: { [`${DIR}/jail.d/Sipmon.local`]: '[Sipmon]\nmaxretry = 3\n' } },
    { name: 'not a number: not this rule\'s business', code: '[Sipmon]\nmaxretry = many\n' },
  ],
  invalid: [
    {
      code: '[Sipmon]\nenabled = true\nmaxretry = 10\n',
      errors: [{ messageId: 'high', line: 3, column: 12, endColumn: 14, data: { value: '10', origin: '', advice: '' } }],
      output: '[Sipmon]\nenabled = true\nmaxretry = 3\n',
    },
    {
      name: 'inherited from [DEFAULT]: the fix sets it in [Sipmon]',
      code: '[DEFAULT]\nmaxretry = 6\n[Sipmon]\nenabled = true\n',
      errors: [{ messageId: 'high', line: 2, column: 12 }],
      output: '[DEFAULT]\nmaxretry = 6\n[Sipmon]\nenabled = true\nmaxretry = 3\n',
    },
    {
      name: 'interpolated: reported on the line that sets the option',
      code: '[DEFAULT]\ntries = 8\n[Sipmon]\nmaxretry = %(tries)s\n',
      errors: [{ messageId: 'high', line: 4, column: 12, data: { value: '8', origin: '', advice: '' } }],
      output: '[DEFAULT]\ntries = 8\n[Sipmon]\nmaxretry = 3\n',
    },
    {
      name: 'set in [DEFAULT] of a file without [Sipmon]: reported there, the message says so, the fix adds the section',
      code: '[DEFAULT]\nmaxretry = 10\n',
      files: { [`${DIR}/jail.d/Sipmon.local`]: '[Sipmon]\nenabled = true\n' },
      errors: [{ messageId: 'high', line: 2, column: 12, data: { value: '10', origin: ' (inherited from [DEFAULT])', advice: ' This file has no [Sipmon] section: the fix adds one.' } }],
      output: '[DEFAULT]\nmaxretry = 10\n\n[Sipmon]\nmaxretry = 3\n',
    },
    {
      name: 'an edited jail.conf: reported in jail.d/custom.conf, which holds the overrides',
      code: '[Sipmon]\nenabled = true\n',
      path: `${DIR}/jail.d/custom.conf`,
      files: { [`${DIR}/jail.conf`]: '[DEFAULT]\nmaxretry = 20\n' },
      errors: [{ messageId: 'high', line: 1, column: 2 }],
      output: '[Sipmon]\nenabled = true\nmaxretry = 3\n',
    },
  ],
});
