/** Table tests for openssl/missing-server-eku. */
import rule from '../../../../server/src/rules/openssl/missing-server-eku';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '[ v3_server ]\nbasicConstraints = critical,CA:FALSE\nextendedKeyUsage = serverAuth\nsubjectAltName = @alt_names\n',
    { name: 'serverAuth among others, by OID', code: '[ v3_server ]\nextendedKeyUsage = clientAuth, 1.3.6.1.5.5.7.3.1\n' },
    { name: 'a CA profile', code: '[ v3_ca ]\nbasicConstraints = critical,CA:true\nsubjectAltName = @alt_names\n' },
    { name: 'a section that makes no server certificate', code: '[ usr_cert ]\nbasicConstraints = CA:FALSE\n' },
  ],
  invalid: [
    {
      name: 'a leaf section carrying the server\'s names',
      code: '[ server_ext ]\nbasicConstraints = CA:FALSE\nsubjectAltName = DNS:sipmon.example.com\n',
      errors: [{ messageId: 'missing', line: 1, column: 3, endColumn: 13, data: { section: 'server_ext' } }],
      output: '[ server_ext ]\nbasicConstraints = CA:FALSE\nsubjectAltName = DNS:sipmon.example.com\nextendedKeyUsage = serverAuth\n',
    },
    {
      code: '[ v3_server ]\nextendedKeyUsage = clientAuth\n',
      errors: [{ messageId: 'noServerAuth', line: 2, column: 20, endColumn: 30, data: { value: 'clientAuth' } }],
      output: '[ v3_server ]\nextendedKeyUsage = clientAuth, serverAuth\n',
    },
  ],
});
