/** Table tests for openssl/weak-digest. */
import rule from '../../../../server/src/rules/openssl/weak-digest';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '[ req ]\ndefault_md = sha256\n',
    '[ CA_default ]\ndefault_md = default # SHA-256\n',
    { name: 'other digests are not default_md', code: '[ tsa_config1 ]\ndigests = sha1, sha256\n' },
  ],
  invalid: [
    {
      code: '[ CA_default ]\ndefault_md\t= md5\t\t# which md to use.\n',
      errors: [{ messageId: 'weak', line: 2, column: 14, endColumn: 17, data: { digest: 'md5' } }],
      output: '[ CA_default ]\ndefault_md\t= sha256\t\t# which md to use.\n',
    },
    {
      code: '[ req ]\ndefault_md = SHA1\n[ CA_default ]\ndefault_md = md4\n',
      errors: [
        { messageId: 'weak', line: 2, column: 14, data: { digest: 'SHA1' } },
        { messageId: 'weak', line: 4, column: 14, data: { digest: 'md4' } },
      ],
      output: '[ req ]\ndefault_md = sha256\n[ CA_default ]\ndefault_md = sha256\n',
    },
  ],
});
