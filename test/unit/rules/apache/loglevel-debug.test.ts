/** Table tests for apache/loglevel-debug. */
import rule from '../../../../server/src/rules/apache/loglevel-debug';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: ['LogLevel warn\n', 'LogLevel info ssl:warn\n', 'LogLevel notice rewrite:error\n'],
  invalid: [
    {
      code: 'LogLevel debug\n',
      errors: [{ messageId: 'verbose', line: 1, column: 10, endLine: 1, endColumn: 15, data: { value: 'debug' } }],
      output: 'LogLevel warn\n',
    },
    {
      name: 'per-module trace level keeps its module',
      code: 'LogLevel warn rewrite:trace3 ssl:Debug\n',
      errors: [
        { messageId: 'verbose', line: 1, column: 15, data: { value: 'rewrite:trace3' } },
        { messageId: 'verbose', line: 1, column: 30, data: { value: 'ssl:Debug' } },
      ],
      output: 'LogLevel warn rewrite:warn ssl:warn\n',
    },
  ],
});
