/** Applies every finding's preferred fix (judgement calls included), pass after pass, as a user accepting each quick fix would. */
import { applyEdits, overlaps } from '../../server/src/core/fixes';
import { Edit, Finding } from '../../server/src/core/types';

/** Whole fixes only, skipping those that overlap one already taken (applied on a later pass); at most 10 passes. */
export function applyPreferredFixes(text: string, lintText: (text: string) => Finding[]): { text: string; remaining: Finding[] } {
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const findings = lintText(current);
    const taken: Edit[] = [];
    for (const finding of findings) {
      const edits = finding.fixes[0]?.edits ?? [];
      if (edits.length > 0 && edits.every((edit) => taken.every((other) => !overlaps(edit, other)))) {
        taken.push(...edits);
      }
    }
    if (taken.length === 0) {
      return { text: current, remaining: findings };
    }
    current = applyEdits(current, taken);
  }
  return { text: current, remaining: lintText(current) };
}
