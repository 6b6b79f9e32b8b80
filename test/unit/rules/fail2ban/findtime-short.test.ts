/** Table tests for fail2ban/findtime-short. */
import rule from '../../../../server/src/rules/fail2ban/findtime-short';
import { testRule } from '../../../helpers/ruleTester';

const DIR = '/etc/fail2ban';

testRule(rule, {
  valid: [
    '[Sipmon]\nfindtime = 10m\n',
    '[Sipmon]\nfindtime = 1h\n',
    { name: 'ten minutes in seconds', code: '[Sipmon]\nfindtime = 600\n' },
    { name: 'the stock default', code: '[Sipmon]\nenabled = true\n' },
    { name: 'a later file fixes it', code: '[Sipmon]\nfindtime = 1m\n', files: { [`${DIR}/jail.d/Sipmon.local`]: '[Sipmon]\nfindtime = 1h\n' } },
  ],
  invalid: [
    {
      code: '[Sipmon]\nfindtime = 5m\n',
      errors: [{ messageId: 'short', line: 2, column: 12, endColumn: 14 }],
      output: '[Sipmon]\nfindtime = 10m\n',
    },
    {
      name: '`m` is minutes, so 9m is short; 10 is ten seconds',
      code: '[Sipmon]\nfindtime = 10\n',
      errors: [{ messageId: 'short', line: 2, column: 12, data: { value: '10', duration: '10s', origin: '', advice: '' } }],
      output: '[Sipmon]\nfindtime = 10m\n',
    },
    {
      name: 'reported in the later file that sets it',
      code: '[Sipmon]\nfindtime = 30s\n',
      path: `${DIR}/jail.d/Sipmon.local`,
      files: { [`${DIR}/jail.local`]: '[Sipmon]\nfindtime = 1h\n' },
      errors: [{ messageId: 'short', line: 2, column: 12 }],
      output: '[Sipmon]\nfindtime = 10m\n',
    },
  ],
});
