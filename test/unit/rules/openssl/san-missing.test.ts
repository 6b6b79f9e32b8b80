/** Table tests for openssl/san-missing. */
import rule from '../../../../server/src/rules/openssl/san-missing';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '[ v3_server ]\nbasicConstraints = CA:FALSE\nsubjectAltName = @alt_names\n[ alt_names ]\nDNS.1 = sipmon.example.com\n',
    { name: 'no [alt_names]', code: '[ req ]\nx509_extensions = v3_server\n[ v3_server ]\nbasicConstraints = CA:FALSE\n' },
    { name: 'a CA profile needs no server names', code: '[ req ]\nx509_extensions = v3_ca\n[ v3_ca ]\nbasicConstraints = critical,CA:true\n[ alt_names ]\nDNS.1 = x.example.com\n' },
    { name: 'the leaf profile of openssl ca is not the server section', code: '[ CA_default ]\nx509_extensions = usr_cert\n[ usr_cert ]\nbasicConstraints = CA:FALSE\n[ alt_names ]\nDNS.1 = x.example.com\n' },
  ],
  invalid: [
    {
      code: '[ v3_server ]\nbasicConstraints = critical,CA:FALSE\nextendedKeyUsage = serverAuth\n\n[ alt_names ]\nDNS.1 = sipmon.example.com\n',
      errors: [{ messageId: 'missing', line: 1, column: 3, endColumn: 12, data: { section: 'v3_server' } }],
      output: '[ v3_server ]\nbasicConstraints = critical,CA:FALSE\nextendedKeyUsage = serverAuth\nsubjectAltName = @alt_names\n\n[ alt_names ]\nDNS.1 = sipmon.example.com\n',
    },
    {
      name: 'the extensions of a request',
      code: '[ req ]\nreq_extensions = v3_req # The extensions to add to a certificate request\n[ v3_req ]\nbasicConstraints = CA:FALSE\nkeyUsage = nonRepudiation, digitalSignature, keyEncipherment\n[ alt_names ]\nIP.1 = 192.0.2.10\n',
      errors: [{ messageId: 'missing', line: 3, column: 3, data: { section: 'v3_req' } }],
      output: '[ req ]\nreq_extensions = v3_req # The extensions to add to a certificate request\n[ v3_req ]\nbasicConstraints = CA:FALSE\nkeyUsage = nonRepudiation, digitalSignature, keyEncipherment\nsubjectAltName = @alt_names\n[ alt_names ]\nIP.1 = 192.0.2.10\n',
    },
  ],
});
