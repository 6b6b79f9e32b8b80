/** Table tests for openssl/long-validity. */
import rule from '../../../../server/src/rules/openssl/long-validity';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '[ CA_default ]\ndefault_days = 365\n',
    '[ CA_default ]\ndefault_days = 825\n',
    { name: 'CRL validity is another key', code: '[ CA_default ]\ndefault_crl_days = 3650\n' },
  ],
  invalid: [
    {
      code: '[ CA_default ]\ndefault_days\t= 3650\t\t\t# how long to certify for\n',
      errors: [{ messageId: 'long', line: 2, column: 16, endColumn: 20, data: { days: 3650 } }],
      output: '[ CA_default ]\ndefault_days\t= 365\t\t\t# how long to certify for\n',
    },
  ],
});
