/** Composing fix passes into one edit set on the original text, and the repeated fix-all passes. */
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/core/fixes';
import { Edit, Finding } from '../../../server/src/core/types';
import { composeEdits } from '../../../server/src/lsp/composeEdits';
import { fixAllPasses, MAX_FIX_PASSES } from '../../../server/src/lsp/fixAll';

function edit(start: number, end: number, text: string): Edit {
  return { span: { start, end }, text };
}

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Non-overlapping edits (no two at one offset) on a text of `length` characters. */
function randomEdits(next: () => number, length: number): Edit[] {
  const edits: Edit[] = [];
  let cursor = 0;
  while (cursor <= length && edits.length < 4) {
    const start = cursor + Math.floor(next() * 4);
    if (start > length) {
      break;
    }
    const end = Math.min(length, start + Math.floor(next() * 3));
    edits.push(edit(start, end, 'xyz'.slice(0, Math.floor(next() * 4))));
    // Touching the previous edit is allowed, two edits at one offset are not.
    cursor = end > start ? end : end + 1;
  }
  return edits;
}

function assertWellFormed(edits: readonly Edit[]): void {
  for (let i = 1; i < edits.length; i++) {
    assert.ok(edits[i - 1].span.end <= edits[i].span.start && edits[i - 1].span.start < edits[i].span.start, JSON.stringify(edits));
  }
}

suite('composeEdits', () => {
  test('an edit away from the first pass stays its own edit', () => {
    const original = 'alpha beta gamma';
    const first = [edit(0, 5, 'ALPHA!')];
    const composed = composeEdits(original, first, [edit(12, 17, 'GAMMA')]);
    assert.deepEqual(composed, [edit(0, 5, 'ALPHA!'), edit(11, 16, 'GAMMA')]);
  });

  test('an edit inside text the first pass inserted merges with it', () => {
    const original = 'a: 1\n';
    const first = [edit(3, 4, '22')];
    const composed = composeEdits(original, first, [edit(4, 5, '3')]);
    assert.deepEqual(composed, [edit(3, 4, '23')]);
  });

  test('random passes compose to the same text, as well-formed edits', () => {
    const next = random(7);
    for (let round = 0; round < 2000; round++) {
      const original = 'abcdefghij'.slice(0, 3 + Math.floor(next() * 8));
      const first = randomEdits(next, original.length);
      const middle = applyEdits(original, first);
      const second = randomEdits(next, middle.length);
      const composed = composeEdits(original, first, second);
      assert.equal(applyEdits(original, composed), applyEdits(middle, second), JSON.stringify({ original, first, second, composed }));
      assertWellFormed(composed);
    }
  });
});

suite('fixAllPasses', () => {
  const finding = (start: number, end: number, text: string, extra: Partial<Finding> = {}): Finding => ({
    ruleId: 'test/rule', severity: 'warning', message: 'm', span: { start, end }, fixes: [{ title: 'fix', edits: [edit(start, end, text)] }], ...extra,
  });

  test('overlapping fixes are applied on later passes, over the re-linted text', () => {
    // Every "ab" becomes "b"; "aab" needs two passes because the fixes of one pass must not overlap.
    const lintText = (text: string): Finding[] => [...text.matchAll(/ab/g)].map((match) => finding(match.index, match.index + 2, 'b'));
    const original = 'xaab aab';
    const edits = fixAllPasses(original, lintText(original), lintText);
    assert.equal(applyEdits(original, edits), 'xb b');
  });

  test('the filter keeps one rule, and judgement-only fixes are never applied', () => {
    const findings = [
      finding(0, 1, 'A'),
      finding(2, 3, 'C', { ruleId: 'other/rule' }),
      finding(4, 5, 'E', { fixes: [{ title: 'judge', edits: [edit(4, 5, 'E')], needsJudgement: true }] }),
    ];
    const edits = fixAllPasses('a c e', findings, () => [], (item) => item.ruleId === 'test/rule');
    assert.equal(applyEdits('a c e', edits), 'A c e');
  });

  test('a fix that keeps re-triggering stops after the pass limit', () => {
    let passes = 0;
    const grow = (text: string): Finding[] => {
      passes += 1;
      return [finding(0, 0, 'x')].map((item) => ({ ...item, span: { start: text.length, end: text.length }, fixes: [{ title: 'grow', edits: [edit(text.length, text.length, 'x')] }] }));
    };
    const edits = fixAllPasses('', grow(''), grow);
    assert.equal(applyEdits('', edits), 'x'.repeat(MAX_FIX_PASSES));
    assert.equal(passes, MAX_FIX_PASSES);
  });
});
