/** Table tests for fail2ban/bantime-short: fail2ban's time syntax, permanent bans, and the effective value. */
import rule from '../../../../server/src/rules/fail2ban/bantime-short';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '[Sipmon]\nbantime = 10m\n',
    '[Sipmon]\nbantime = 1h\n',
    '[Sipmon]\nbantime = 600\n',
    { name: 'negative: permanent', code: '[Sipmon]\nbantime = -1\n' },
    { name: 'combined units', code: '[Sipmon]\nbantime = 1d12h\n' },
    { name: 'months, not minutes', code: '[Sipmon]\nbantime = 1mo\n' },
    { name: 'the stock default when jail.conf is not in view', code: '[Sipmon]\nenabled = true\n' },
    { name: 'not a time: invalid-time reports it', code: '[Sipmon]\nbantime = 10 minutes please\n' },
    { name: 'other jails are not judged', code: '[recidive]\nenabled = true\nbantime = 1m\n' },
  ],
  invalid: [
    {
      code: '[Sipmon]\nbantime = 5m\n',
      errors: [{ messageId: 'short', line: 2, column: 11, endColumn: 13, data: { value: '5m', duration: '5m', origin: '', advice: '' } }],
      output: '[Sipmon]\nbantime = 10m\n',
    },
    {
      name: 'a bare number is seconds',
      code: '[Sipmon]\nbantime = 10\n',
      errors: [{ messageId: 'short', line: 2, column: 11, data: { value: '10', duration: '10s', origin: '', advice: '' } }],
      output: '[Sipmon]\nbantime = 10m\n',
    },
    {
      name: 'zero',
      code: '[Sipmon]\nbantime: 0\n',
      errors: [{ messageId: 'short', line: 2, column: 10 }],
      output: '[Sipmon]\nbantime: 10m\n',
    },
    {
      name: 'from [DEFAULT]',
      code: '[DEFAULT]\nbantime = 2m 30s\n\n[Sipmon]\nenabled = true\n',
      errors: [{ messageId: 'short', line: 2, column: 11, data: { value: '2m 30s', duration: '2m 30s', origin: ' (inherited from [DEFAULT])', advice: '' } }],
      output: '[DEFAULT]\nbantime = 2m 30s\n\n[Sipmon]\nenabled = true\nbantime = 10m\n',
    },
  ],
});
