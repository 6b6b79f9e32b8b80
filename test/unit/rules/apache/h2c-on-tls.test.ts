/** Table tests for apache/h2c-on-tls. */
import rule from '../../../../server/src/rules/apache/h2c-on-tls';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '<VirtualHost *:443>\n    SSLEngine On\n    Protocols h2 http/1.1\n</VirtualHost>\n',
    { name: 'h2c on a clear-text vhost is what it is for', code: '<VirtualHost *:80>\n    Protocols h2c http/1.1\n</VirtualHost>\n' },
  ],
  invalid: [
    {
      name: 'the documentation\'s line in the 443 vhost',
      code: '<VirtualHost *:443>\n    SSLEngine On\n    Protocols h2 h2c http/1.1\n</VirtualHost>\n',
      errors: [{ messageId: 'h2c', line: 3, column: 18, endLine: 3, endColumn: 21 }],
      output: '<VirtualHost *:443>\n    SSLEngine On\n    Protocols h2 http/1.1\n</VirtualHost>\n',
    },
  ],
});
