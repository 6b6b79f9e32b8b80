/** Table tests for apache/http2-not-enabled. */
import rule from '../../../../server/src/rules/apache/http2-not-enabled';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '<VirtualHost *:443>\n    SSLEngine On\n    Protocols h2 http/1.1\n</VirtualHost>\n',
    { name: 'inherited from the server level', code: 'Protocols h2 http/1.1\n<VirtualHost *:443>\n    SSLEngine On\n</VirtualHost>\n' },
    { name: 'HTTP vhosts are not checked', code: '<VirtualHost *:80>\n</VirtualHost>\n' },
  ],
  invalid: [
    {
      code: '<VirtualHost *:443>\n    SSLEngine On\n</VirtualHost>\n',
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 20 }],
      output: '<VirtualHost *:443>\n    SSLEngine On\n    Protocols h2 http/1.1\n</VirtualHost>\n',
    },
    {
      name: 'its own Protocols line is rewritten',
      code: 'Protocols h2 http/1.1\n<VirtualHost *:443>\n    SSLEngine On\n    Protocols http/1.1\n</VirtualHost>\n',
      errors: [{ messageId: 'missing', line: 2, column: 1 }],
      output: 'Protocols h2 http/1.1\n<VirtualHost *:443>\n    SSLEngine On\n    Protocols h2 http/1.1\n</VirtualHost>\n',
    },
  ],
});
