/** Table tests for apache/server-signature. */
import rule from '../../../../server/src/rules/apache/server-signature';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    'ServerSignature Off\n',
    'serversignature off\n',
    { name: 'absent: httpd\'s default is Off', code: '<VirtualHost *:80>\n</VirtualHost>\n' },
  ],
  invalid: [
    {
      code: 'ServerSignature On\n',
      errors: [{ messageId: 'shown', line: 1, column: 17, endLine: 1, endColumn: 19, data: { value: 'On' } }],
      output: 'ServerSignature Off\n',
    },
    {
      name: 'EMail inside a vhost',
      code: '<VirtualHost *:443>\n    ServerSignature EMail\n</VirtualHost>\n',
      errors: [{ messageId: 'shown', line: 2, column: 21 }],
      output: '<VirtualHost *:443>\n    ServerSignature Off\n</VirtualHost>\n',
    },
  ],
});
