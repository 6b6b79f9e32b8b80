/** The --fix loop in-process: which fixes it applies, how it converges, and line endings. */
import * as assert from 'node:assert/strict';
import { fixUntilStable, MAX_FIX_PASSES } from '../../../server/src/cli/fix';
import { Finding, Fix } from '../../../server/src/core/types';

function finding(start: number, fixes: Fix[]): Finding {
  return { ruleId: 'test/rule', severity: 'warning', message: 'm', span: { start, end: start + 1 }, fixes };
}

/** A fake linter: every `x` is a finding whose fix turns it into `y`. */
function xToY(text: string, extra: Partial<Fix> = {}): { findings: Finding[] } {
  const findings = [...text.matchAll(/x/g)].map((match) => finding(match.index ?? 0, [{ title: 'y', edits: [{ span: { start: match.index ?? 0, end: (match.index ?? 0) + 1 }, text: 'y' }], ...extra }]));
  return { findings };
}

suite('cli fix loop', () => {
  test('applies safe fixes and returns the result of the final text', () => {
    const outcome = fixUntilStable('axbx', (text) => xToY(text));
    assert.equal(outcome.text, 'ayby');
    assert.deepEqual(outcome.result?.findings, []);
  });

  test('never applies fixes that need judgement or create files', () => {
    assert.equal(fixUntilStable('axbx', (text) => xToY(text, { needsJudgement: true })).text, 'axbx');
    assert.equal(fixUntilStable('axbx', (text) => xToY(text, { newFiles: [{ path: '/tmp/new', text: '' }] })).text, 'axbx');
  });

  test('only the preferred fix is considered', () => {
    const lint = (text: string) => ({
      findings: text.includes('x') ? [finding(0, [{ title: 'judge', edits: [{ span: { start: 0, end: 1 }, text: 'J' }], needsJudgement: true }, { title: 'safe', edits: [{ span: { start: 0, end: 1 }, text: 'S' }] }])] : [],
    });
    assert.equal(fixUntilStable('x', lint).text, 'x');
  });

  test('re-lints until stable: overlapping fixes land on later passes', () => {
    let passes = 0;
    // Both findings want to replace the whole text: only one fits per pass.
    const lint = (text: string) => {
      passes++;
      const findings = [...text.matchAll(/x/g)].map(() => finding(0, [{ title: 'one', edits: [{ span: { start: 0, end: text.length }, text: text.replace('x', 'y') }] }]));
      return { findings };
    };
    assert.equal(fixUntilStable('xx', lint).text, 'yy');
    assert.equal(passes, 3);
  });

  test(`stops after ${MAX_FIX_PASSES} passes when fixes never converge`, () => {
    const grow = (text: string) => ({ findings: [finding(0, [{ title: 'grow', edits: [{ span: { start: text.length, end: text.length }, text: '+' }] }])] });
    assert.equal(fixUntilStable('', grow).text, '+'.repeat(MAX_FIX_PASSES));
  });

  test('inserted line breaks follow a CRLF file, and stay LF in an LF file', () => {
    const insertLine = (text: string) => ({
      findings: text.includes('new') ? [] : [finding(0, [{ title: 'insert', edits: [{ span: { start: 0, end: 0 }, text: 'new: 1\n' }] }])],
    });
    assert.equal(fixUntilStable('a: 1\r\nb: 2\r\n', insertLine).text, 'new: 1\r\na: 1\r\nb: 2\r\n');
    assert.equal(fixUntilStable('a: 1\nb: 2\n', insertLine).text, 'new: 1\na: 1\nb: 2\n');
    assert.equal(fixUntilStable('a: 1\r\nb: 2\n', insertLine).text, 'new: 1\na: 1\r\nb: 2\n');
  });

  test('an unclaimed text is returned as is', () => {
    assert.deepEqual(fixUntilStable('x', () => undefined), { text: 'x', result: undefined });
  });
});
