/** Applying fixes to text, and choosing the fixes that fix-all may apply together. */
import { Edit, Finding, Fix } from './types';

/** Applies edits that do not overlap one another. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = '';
  let cursor = 0;
  for (const edit of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    result += text.slice(cursor, edit.span.start) + edit.text;
    cursor = edit.span.end;
  }
  return result + text.slice(cursor);
}

/** Whether fix-all (and `--fix`) may apply this fix on its own. */
export function isAutoApplicable(fix: Fix): boolean {
  return !fix.needsJudgement && !fix.newFiles?.length && fix.edits.length > 0;
}

/** Whether two edits touch the same text (two insertions at one offset count as overlapping: their order is unknown). */
export function overlaps(a: Edit, b: Edit): boolean {
  if (a.span.start === b.span.start) {
    return true;
  }
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/**
 * The preferred fix of each finding that fix-all may apply, as one set of non-overlapping edits.
 * A fix is taken whole or not at all, so no fix is ever half-applied; a skipped one is applied on a later pass.
 */
export function fixAllEdits(findings: readonly Finding[], filter: (finding: Finding) => boolean = () => true): Edit[] {
  const kept: Edit[] = [];
  for (const finding of findings) {
    const preferred = finding.fixes[0];
    if (!preferred || !isAutoApplicable(preferred) || !filter(finding)) {
      continue;
    }
    if (preferred.edits.every((edit) => kept.every((other) => !overlaps(edit, other)))) {
      kept.push(...preferred.edits);
    }
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
