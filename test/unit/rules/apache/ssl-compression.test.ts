/** Table tests for apache/ssl-compression. */
import rule from '../../../../server/src/rules/apache/ssl-compression';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: ['SSLCompression Off\n', 'sslcompression off\n', '<VirtualHost *:443>\n</VirtualHost>\n'],
  invalid: [
    {
      code: 'SSLCompression On\n',
      errors: [{ messageId: 'on', line: 1, column: 16, endLine: 1, endColumn: 18 }],
      output: 'SSLCompression Off\n',
    },
    {
      code: '<VirtualHost *:443>\n    SSLCompression on\n</VirtualHost>\n',
      errors: [{ messageId: 'on', line: 2, column: 20 }],
      output: '<VirtualHost *:443>\n    SSLCompression Off\n</VirtualHost>\n',
    },
  ],
});
