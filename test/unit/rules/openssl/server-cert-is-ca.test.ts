/** Table tests for openssl/server-cert-is-ca. */
import rule from '../../../../server/src/rules/openssl/server-cert-is-ca';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '[ v3_ca ]\nbasicConstraints = critical,CA:true\n',
    '[ v3_server ]\nbasicConstraints = critical,CA:FALSE\nsubjectAltName = @alt_names\n',
    { name: 'an e-mail SAN on a CA is not the server\'s', code: '[ v3_ca ]\nsubjectAltName = email:copy\nbasicConstraints = CA:true\n' },
  ],
  invalid: [
    {
      name: 'the guide\'s edit of [ v3_ca ]',
      code: '[ req ]\nx509_extensions = v3_ca\n\n[ v3_ca ]\nsubjectAltName = @alt_names\nsubjectKeyIdentifier=hash\nbasicConstraints = critical,CA:true\n\n[ alt_names ]\nDNS.1 = Sipmon7.localdomain\n',
      errors: [{ messageId: 'ca', line: 7, column: 20, endColumn: 36, data: { section: 'v3_ca', value: 'critical,CA:true' } }],
      output: '[ req ]\nx509_extensions = v3_ca\n\n[ v3_ca ]\nsubjectKeyIdentifier=hash\nbasicConstraints = critical,CA:true\n\n[ alt_names ]\nDNS.1 = Sipmon7.localdomain\n\n[ v3_server ]\nbasicConstraints = critical,CA:FALSE\nkeyUsage = critical, digitalSignature, keyEncipherment\nextendedKeyUsage = serverAuth\nsubjectAltName = @alt_names\n',
    },
    {
      name: 'a request asking for the CA profile is pointed at v3_server; an existing v3_server gets the names',
      code: '[ req ]\nreq_extensions = v3_ca\n[ v3_ca ]\nbasicConstraints = CA:TRUE\nsubjectAltName = DNS:sipmon.example.com\n[ v3_server ]\nbasicConstraints = CA:FALSE\n',
      errors: [{ messageId: 'ca', line: 4, column: 20 }],
      output: '[ req ]\nreq_extensions = v3_server\n[ v3_ca ]\nbasicConstraints = CA:TRUE\n[ v3_server ]\nbasicConstraints = CA:FALSE\nsubjectAltName = DNS:sipmon.example.com\n',
    },
  ],
});
