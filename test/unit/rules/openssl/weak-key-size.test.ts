/** Table tests for openssl/weak-key-size. */
import rule from '../../../../server/src/rules/openssl/weak-key-size';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '[ req ]\ndefault_bits = 2048\n',
    '[ req ]\ndefault_bits = 4096 # large\n',
    { name: 'a later line replaces the weak one', code: '[ req ]\ndefault_bits = 1024\ndefault_bits = 3072\n' },
    { name: 'not a number', code: '[ req ]\ndefault_bits = $ENV::BITS\n' },
  ],
  invalid: [
    {
      code: '[ req ]\ndefault_bits\t\t= 1024\n',
      errors: [{ messageId: 'weak', line: 2, column: 17, endColumn: 21, data: { bits: 1024 } }],
      output: '[ req ]\ndefault_bits\t\t= 2048\n',
    },
    {
      name: 'through a variable defined earlier',
      code: 'bits = 512\n[ req ]\ndefault_bits = $bits\n',
      errors: [{ messageId: 'weak', line: 3, column: 16, data: { bits: 512 } }],
      output: 'bits = 512\n[ req ]\ndefault_bits = 2048\n',
    },
  ],
});
