/** Table tests for apache/base-uri-invalid. */
import rule from '../../../../server/src/rules/apache/base-uri-invalid';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: ['Define base_uri "/Sipmon"\n', 'Define base_uri /monitoring/sipmon\n', 'Define install_dir "/"\n'],
  invalid: [
    {
      code: 'Define base_uri "/"\n',
      errors: [{ messageId: 'invalid', line: 1, column: 17, endLine: 1, endColumn: 20, data: { value: '"/"' } }],
      output: 'Define base_uri "/Sipmon"\n',
    },
    {
      name: 'empty',
      code: "Define base_uri ''\n",
      errors: [{ messageId: 'invalid', line: 1, column: 17, data: { value: '""' } }],
      output: 'Define base_uri "/Sipmon"\n',
    },
    {
      name: 'no value: a parameter, not a variable',
      code: 'Define base_uri\n',
      errors: [{ messageId: 'invalid', line: 1, column: 1, endColumn: 16, data: { value: '(no value)' } }],
      output: 'Define base_uri "/Sipmon"\n',
    },
  ],
});
