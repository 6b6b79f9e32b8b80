/** Table tests for fail2ban/invalid-time. */
import rule from '../../../../server/src/rules/fail2ban/invalid-time';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '[Sipmon]\nbantime = 10m\nfindtime = 1d12h\n',
    '[Sipmon]\nbantime = -1\n',
    { name: 'spelled-out units and arithmetic', code: '[Sipmon]\nbantime = 1 hour 30 minutes\nfindtime = 3600*2\n' },
    { name: 'months and years', code: '[Sipmon]\nbantime.maxtime = 1y 6mo\n' },
    { name: 'interpolation resolves', code: '[DEFAULT]\nban = 1h\n[Sipmon]\nbantime = %(ban)s\n' },
    { name: 'a jail that does not run', code: '[apache-auth]\nbantime = soon\n' },
    { name: 'not a time option', code: '[Sipmon]\nport = http,https\n' },
  ],
  invalid: [
    {
      code: '[Sipmon]\nbantime = 10 minutes please\n',
      errors: [{ messageId: 'invalid', line: 2, column: 11, endColumn: 28 }],
    },
    {
      name: 'leading zero (Python refuses it), a comma decimal, and an empty value',
      code: '[DEFAULT]\nbantime = 010\nfindtime = 1,5h\n[Sipmon]\nbantime.rndtime =\n',
      errors: [
        { messageId: 'invalid', line: 2, column: 11 },
        { messageId: 'invalid', line: 3, column: 12 },
        { messageId: 'invalid', line: 5, column: 1, data: { name: 'bantime.rndtime', value: '(empty)' } },
      ],
    },
    {
      name: 'interpolation of an undefined option',
      code: '[Sipmon]\nbantime = %(ban)s\n',
      errors: [{ messageId: 'interpolation', line: 2, column: 11, data: { name: 'bantime', value: '%(ban)s', error: '%(ban)s refers to an option that is not defined' } }],
    },
  ],
});
