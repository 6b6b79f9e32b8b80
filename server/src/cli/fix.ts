/** `--fix`: applies the safe preferred fixes, re-linting until the text is stable. */
import { applyEdits, fixAllEdits } from '../core/fixes';
import { Edit, Finding } from '../core/types';

/** Enough for fixes that uncover further fixes; a bound so that two fixes undoing each other cannot loop forever. */
export const MAX_FIX_PASSES = 10;

/** Whether every line break of the text is CRLF. */
function usesCrlfOnly(text: string): boolean {
  return text.includes('\r\n') && !/(^|[^\r])\n/.test(text);
}

/** Makes inserted text use the file's CRLF line breaks, so a fix never mixes line endings. */
function withLineBreaksOf(text: string, edits: readonly Edit[]): Edit[] {
  return usesCrlfOnly(text) ? edits.map((edit) => ({ ...edit, text: edit.text.replace(/\r?\n/g, '\r\n') })) : [...edits];
}

export interface FixOutcome<Result> {
  text: string;
  /** The lint result of the final text. */
  result: Result | undefined;
}

/**
 * Applies the auto-applicable preferred fixes (never those needing judgement or creating files),
 * re-lints, and repeats until nothing changes or {@link MAX_FIX_PASSES} passes were made.
 */
export function fixUntilStable<Result extends { findings: Finding[] }>(text: string, lintText: (text: string) => Result | undefined): FixOutcome<Result> {
  let current = text;
  let result = lintText(current);
  for (let pass = 0; pass < MAX_FIX_PASSES && result; pass++) {
    const edits = fixAllEdits(result.findings);
    const next = applyEdits(current, withLineBreaksOf(current, edits));
    if (next === current) {
      break;
    }
    current = next;
    result = lintText(current);
  }
  return { text: current, result };
}
