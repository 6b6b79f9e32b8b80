/** Table tests for gorgone/internal-crypt-disabled. */
import rule from '../../../../server/src/rules/gorgone/internal-crypt-disabled';
import { testRule } from '../../../helpers/ruleTester';

const core = (value: string) => `gorgone:\n  gorgonecore:\n    id: 1\n    internal_com_crypt: ${value}\n`;

testRule(rule, {
  valid: [
    core('true'),
    { name: 'absent: the default encrypts', code: 'gorgone:\n  gorgonecore:\n    id: 1\n' },
    { name: 'no is not an off value for the daemon', code: core('no') },
    { name: '00 is not an off value either', code: core('"00"') },
    { name: 'outside gorgonecore', code: 'gorgone:\n  modules:\n    - name: x\n      internal_com_crypt: false\n' },
  ],
  invalid: [
    {
      code: core('false'),
      errors: [{ messageId: 'off', line: 4, column: 25, endLine: 4, endColumn: 30, data: { value: 'false' } }],
      output: core('true'),
    },
    {
      name: 'quoted 0',
      code: core('"0"'),
      errors: [{ messageId: 'off', line: 4, column: 25, data: { value: '0' } }],
      output: core('true'),
    },
    {
      name: 'the daemon compares without case',
      code: 'gorgonecore: { id: 1, internal_com_crypt: FALSE }\n',
      errors: [{ messageId: 'off', line: 1, column: 43 }],
      output: 'gorgonecore: { id: 1, internal_com_crypt: true }\n',
    },
  ],
});
