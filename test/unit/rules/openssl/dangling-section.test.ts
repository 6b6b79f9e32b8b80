/** Table tests for openssl/dangling-section. */
import rule from '../../../../server/src/rules/openssl/dangling-section';
import { testRule } from '../../../helpers/ruleTester';

const SSL = '/etc/ssl';

testRule(rule, {
  valid: [
    '[ req ]\ndistinguished_name = dn\nx509_extensions = v3_ca\n[ dn ]\n[ v3_ca ]\nbasicConstraints = CA:true\n',
    '[ v3_server ]\nsubjectAltName = @alt_names\n[ alt_names ]\nDNS.1 = sipmon.example.com\n',
    { name: 'an @ inside an e-mail address is no reference', code: '[ dn ]\nemailAddress_default = admin@example.com\n' },
    { name: 'a section from a readable include', code: '.include ext.cnf\n[ req ]\nx509_extensions = v3_server\n', files: { [`${SSL}/ext.cnf`]: '[ v3_server ]\nbasicConstraints = CA:FALSE\n' } },
    { name: 'an include that cannot be read may hold the section', code: '.include /etc/ssl/openssl.d\n[ req ]\nx509_extensions = v3_server\n' },
    { name: 'through a variable', code: 'ext = v3_ca\n[ req ]\nx509_extensions = $ext\n[ v3_ca ]\nbasicConstraints = CA:true\n' },
  ],
  invalid: [
    {
      code: '[ req ]\nx509_extensions = v3_server\n',
      errors: [{ messageId: 'missing', line: 2, column: 19, endColumn: 28, data: { name: 'v3_server' } }],
    },
    {
      code: '[ v3_ca ]\nsubjectAltName = @alt_names\n',
      errors: [{ messageId: 'missing', line: 2, column: 18, endColumn: 28, data: { name: 'alt_names' } }],
    },
    {
      name: 'an empty section named by @',
      code: '[ v3_server ]\nsubjectAltName = @alt_names\n[ alt_names ]\n# IP.1 = xxx.xxx.xxx.xxx\n',
      errors: [{ messageId: 'empty', line: 2, column: 18, data: { name: 'alt_names' } }],
    },
    {
      name: '[alt_names] without a reference: a v3_server profile that uses it is added',
      code: '[ v3_ca ]\nbasicConstraints = critical,CA:true\n\n[ alt_names ]\nDNS.1 = sipmon.example.com\n',
      errors: [{ messageId: 'unused', line: 4, column: 3, endColumn: 12 }],
      output: '[ v3_ca ]\nbasicConstraints = critical,CA:true\n\n[ alt_names ]\nDNS.1 = sipmon.example.com\n\n[ v3_server ]\nbasicConstraints = critical,CA:FALSE\nkeyUsage = critical, digitalSignature, keyEncipherment\nextendedKeyUsage = serverAuth\nsubjectAltName = @alt_names\n',
    },
    {
      name: '[alt_names] without a reference, and a server profile without names',
      code: '[ req ]\nx509_extensions = server\n[ server ]\nbasicConstraints = CA:FALSE\n[ alt_names ]\nDNS.1 = sipmon.example.com\n',
      errors: [{ messageId: 'unused', line: 5, column: 3 }],
      output: '[ req ]\nx509_extensions = server\n[ server ]\nbasicConstraints = CA:FALSE\nsubjectAltName = @alt_names\n[ alt_names ]\nDNS.1 = sipmon.example.com\n',
    },
  ],
});
