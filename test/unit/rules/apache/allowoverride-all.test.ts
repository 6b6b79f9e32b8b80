/** Table tests for apache/allowoverride-all. */
import rule from '../../../../server/src/rules/apache/allowoverride-all';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: ['AllowOverride None\n', 'AllowOverride none\n', 'AllowOverride AuthConfig Options\n'],
  invalid: [
    {
      code: '<Directory "/usr/share/Sipmon/www">\n    AllowOverride all\n</Directory>\n',
      errors: [{ messageId: 'all', line: 2, column: 19, endLine: 2, endColumn: 22 }],
      output: '<Directory "/usr/share/Sipmon/www">\n    AllowOverride None\n</Directory>\n',
    },
  ],
});
