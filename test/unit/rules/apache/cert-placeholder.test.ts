/** Table tests for apache/cert-placeholder. */
import rule from '../../../../server/src/rules/apache/cert-placeholder';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    'SSLCertificateFile /etc/ssl/certs/Sipmon7.crt\nSSLCertificateKeyFile /etc/ssl/private/Sipmon7.key\n',
    'SSLCertificateFile /etc/pki/tls/certs/myca.crt\n',
    'SSLCACertificateFile /etc/pki/tls/certs/ca.crt\n',
  ],
  invalid: [
    {
      name: 'the shipped example',
      code: 'SSLCertificateFile /etc/pki/tls/certs/ca.crt\nSSLCertificateKeyFile "/etc/pki/tls/private/ca.key"\n',
      errors: [
        { messageId: 'sample', line: 1, column: 20, endLine: 1, endColumn: 45, data: { directive: 'SSLCertificateFile', file: 'ca.crt' } },
        { messageId: 'sample', line: 2, column: 23, data: { directive: 'SSLCertificateKeyFile', file: 'ca.key' } },
      ],
    },
    {
      name: 'RHEL localhost and Debian snakeoil',
      code: 'SSLCertificateFile /etc/pki/tls/certs/localhost.crt\nSSLCertificateKeyFile /etc/ssl/private/ssl-cert-snakeoil.key\n',
      errors: [
        { messageId: 'sample', line: 1, column: 20, data: { directive: 'SSLCertificateFile', file: 'localhost.crt' } },
        { messageId: 'sample', line: 2, column: 23, data: { directive: 'SSLCertificateKeyFile', file: 'ssl-cert-snakeoil.key' } },
      ],
    },
    {
      name: 'an unrendered template placeholder',
      code: 'SSLCertificateFile @HTTPS_CERTIFICATE_FILE@\n',
      errors: [{ messageId: 'sample', line: 1, column: 20, data: { directive: 'SSLCertificateFile', file: '@HTTPS_CERTIFICATE_FILE@' } }],
    },
  ],
});
