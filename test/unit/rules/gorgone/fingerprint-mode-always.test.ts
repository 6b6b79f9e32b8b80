/** Table tests for gorgone/fingerprint-mode-always. */
import rule from '../../../../server/src/rules/gorgone/fingerprint-mode-always';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    'gorgone:\n  gorgonecore:\n    fingerprint_mode: first\n',
    'gorgone:\n  gorgonecore:\n    fingerprint_mode: strict\n',
    'gorgone:\n  gorgonecore:\n    id: 1\n',
    { name: 'outside gorgonecore', code: 'gorgone:\n  modules:\n    - fingerprint_mode: always\n' },
  ],
  invalid: [
    {
      code: 'gorgone:\n  gorgonecore:\n    fingerprint_mode: always\n',
      errors: [{ messageId: 'always', line: 3, column: 23, endLine: 3, endColumn: 29 }],
      output: 'gorgone:\n  gorgonecore:\n    fingerprint_mode: first\n',
    },
    {
      name: 'flow style under configuration',
      code: 'configuration:\n  gorgone:\n    gorgonecore: { id: 2, fingerprint_mode: "always" }\n',
      errors: [{ messageId: 'always', line: 3, column: 45 }],
      output: 'configuration:\n  gorgone:\n    gorgonecore: { id: 2, fingerprint_mode: first }\n',
    },
  ],
});
