/** Table tests for fail2ban/port-missing: names, numbers and ranges. */
import rule from '../../../../server/src/rules/fail2ban/port-missing';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '[Sipmon]\nport = http,https\n',
    '[Sipmon]\nport = 80,443\n',
    '[Sipmon]\nport = http, https, 8443\n',
    { name: 'a range covering both', code: '[Sipmon]\nport = 1:1024\n' },
    { name: 'the stock jail.conf\'s value', code: '[Sipmon]\nenabled = true\n' },
    { name: '[DEFAULT]\'s all ports', code: '[DEFAULT]\nport = 0:65535\n' },
  ],
  invalid: [
    {
      code: '[Sipmon]\nport = http\n',
      errors: [{ messageId: 'missing', line: 2, column: 8, endColumn: 12, data: { value: 'http', missing: 'https', origin: '', advice: '' } }],
      output: '[Sipmon]\nport = http,https\n',
    },
    {
      name: 'a custom port is kept',
      code: '[Sipmon]\nport = 8443\n',
      errors: [{ messageId: 'missing', line: 2, column: 8, data: { value: '8443', missing: 'http and https', origin: '', advice: '' } }],
      output: '[Sipmon]\nport = 8443,http,https\n',
    },
    {
      name: 'a range that stops short',
      code: '[Sipmon]\nport = 1-100\n',
      errors: [{ messageId: 'missing', line: 2, column: 8, data: { value: '1-100', missing: 'https', origin: '', advice: '' } }],
      output: '[Sipmon]\nport = 1-100,https\n',
    },
  ],
});
