/** Fix-all in the server: repeat passes over the re-linted text until nothing auto-fixable is left. */
import { applyEdits, fixAllEdits } from '../core/fixes';
import { Edit, Finding } from '../core/types';
import { composeEdits } from './composeEdits';

/** Enough for fixes that unblock one another; a bound so a fix that keeps re-triggering cannot loop. */
export const MAX_FIX_PASSES = 10;

/**
 * The edits on `text` that apply every auto-applicable preferred fix (of the findings `filter` keeps).
 * Fix-all takes each fix whole or not at all, so one pass may skip fixes that overlap; the text is
 * linted again and the next pass applies them, and the passes are composed into one edit set.
 */
export function fixAllPasses(
  text: string,
  findings: readonly Finding[],
  relint: (text: string) => readonly Finding[] | undefined,
  filter: (finding: Finding) => boolean = () => true,
): Edit[] {
  let composed: Edit[] = [];
  let current = text;
  let currentFindings: readonly Finding[] | undefined = findings;
  for (let pass = 0; pass < MAX_FIX_PASSES && currentFindings; pass++) {
    const edits = fixAllEdits(currentFindings, filter);
    const next = applyEdits(current, edits);
    if (edits.length === 0 || next === current) {
      break;
    }
    composed = composeEdits(text, composed, edits);
    current = next;
    currentFindings = pass + 1 < MAX_FIX_PASSES ? relint(current) : undefined;
  }
  return composed;
}
