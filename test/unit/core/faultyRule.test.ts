/** A rule that throws: the engine reports it once, as an engine error without the document's text, and every other rule still runs. */
import * as assert from 'node:assert/strict';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { lintFile } from '../../../server/src/linter';
import { FAULT_TRIGGER, FAULTY_RULE_ID, rulesWithFaulty } from '../../helpers/faultyRule';

const PATH = '/etc/Sipmon-gorgone/config.d/40-gorgoned.yaml';
const SECRET = 'Sup3rSecretPassw0rd';
const TEXT = `gorgone:\n  gorgonecore:\n    fingerprint_mode: always\n    # ${FAULT_TRIGGER}\n  tpapi:\n    - name: x\n      password: ${SECRET}\n`;

suite('a rule that throws', () => {
  test('the other rules\' findings are all there, as without it', () => {
    const faulty = lintFile({ path: PATH, text: TEXT, workspace: emptyWorkspace, ruleSet: rulesWithFaulty });
    const registry = lintFile({ path: PATH, text: TEXT, workspace: emptyWorkspace });
    assert.ok(faulty && registry);
    assert.ok(registry.findings.some((finding) => finding.ruleId === 'gorgone/fingerprint-mode-always'), 'the text has findings to keep');
    assert.deepEqual(faulty.findings, registry.findings);
    assert.deepEqual(registry.engineErrors, []);
  });

  test('it is one engine error naming the rule, with the error\'s first line only: the lines below quote the document', () => {
    const result = lintFile({ path: PATH, text: TEXT, workspace: emptyWorkspace, ruleSet: rulesWithFaulty });
    assert.deepEqual(result?.engineErrors, [{ ruleId: FAULTY_RULE_ID, message: `TypeError: failed on purpose at length ${TEXT.length}` }]);
    assert.ok(!JSON.stringify(result).includes(SECRET));
  });

  test('a document without the trigger: no engine error', () => {
    const result = lintFile({ path: PATH, text: TEXT.replace(FAULT_TRIGGER, 'nothing'), workspace: emptyWorkspace, ruleSet: rulesWithFaulty });
    assert.deepEqual(result?.engineErrors, []);
  });
});
