/** Table tests for apache/ssl-insecure-renegotiation. */
import rule from '../../../../server/src/rules/apache/ssl-insecure-renegotiation';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: ['SSLInsecureRenegotiation Off\n', '<VirtualHost *:443>\n    SSLEngine On\n</VirtualHost>\n'],
  invalid: [
    {
      code: 'SSLInsecureRenegotiation On\n',
      errors: [{ messageId: 'on', line: 1, column: 26, endLine: 1, endColumn: 28 }],
      output: 'SSLInsecureRenegotiation Off\n',
    },
    {
      code: '<IfModule mod_ssl.c>\n\tSSLInsecureRenegotiation "on"\n</IfModule>\n',
      errors: [{ messageId: 'on', line: 2, column: 27, endColumn: 31 }],
      output: '<IfModule mod_ssl.c>\n\tSSLInsecureRenegotiation Off\n</IfModule>\n',
    },
  ],
});
