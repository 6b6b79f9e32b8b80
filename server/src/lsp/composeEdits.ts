/** Folds edits made to an already edited text back onto the original, so several fix passes become one edit set. */
import { applyEdits } from '../core/fixes';
import { Edit } from '../core/types';

interface Placed {
  edit: Edit;
  /** Where the edit's replacement text sits in the edited text. */
  start: number;
  end: number;
}

function place(edits: readonly Edit[]): Placed[] {
  let shift = 0;
  return [...edits].sort((a, b) => a.span.start - b.span.start).map((edit) => {
    const start = edit.span.start + shift;
    shift += edit.text.length - (edit.span.end - edit.span.start);
    return { edit, start, end: start + edit.text.length };
  });
}

/** Adds one edit, given in the coordinates of `applyEdits(original, base)`, to `base` (original coordinates). */
function composeOne(original: string, base: readonly Edit[], next: Edit): Edit[] {
  const edited = applyEdits(original, base);
  const placed = place(base);
  // Edits that touch the new one merge with it: the result must never hold two edits at one offset.
  const touched = placed.filter((item) => item.start <= next.span.end && next.span.start <= item.end);
  const untouched = placed.filter((item) => !touched.includes(item));
  const from = Math.min(next.span.start, ...touched.map((item) => item.start));
  const to = Math.max(next.span.end, ...touched.map((item) => item.end));
  // An untouched edit ending at or before the merged region is before it in the original too.
  const shiftBefore = untouched
    .filter((item) => item.end <= from)
    .reduce((sum, item) => sum + item.edit.text.length - (item.edit.span.end - item.edit.span.start), 0);
  const grownBy = touched.reduce((sum, item) => sum + item.edit.text.length - (item.edit.span.end - item.edit.span.start), 0);
  const start = from - shiftBefore;
  const merged: Edit = {
    span: { start, end: start + (to - from) - grownBy },
    text: edited.slice(from, next.span.start) + next.text + edited.slice(next.span.end, to),
  };
  return [...untouched.map((item) => item.edit), merged].sort((a, b) => a.span.start - b.span.start);
}

/**
 * The edits on `original` equivalent to applying `base` and then `next`, where `next` is a set of
 * non-overlapping edits on the text `base` produced.
 */
export function composeEdits(original: string, base: readonly Edit[], next: readonly Edit[]): Edit[] {
  let composed = [...base];
  // From the end backwards: an edit only moves text after it, so the earlier ones keep their coordinates.
  for (const edit of [...next].sort((a, b) => b.span.start - a.span.start)) {
    composed = composeOne(original, composed, edit);
  }
  return composed;
}
