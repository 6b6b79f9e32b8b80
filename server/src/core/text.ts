/** Offset ↔ line/column arithmetic on plain text, for the CLI and the tests (the LSP uses TextDocument). */

export interface LineColumn {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

/** The offsets at which each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      starts.push(i + 1);
    } else if (c === 13 && text.charCodeAt(i + 1) !== 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Converts an offset to a 1-based line and column. */
export function positionOf(starts: readonly number[], offset: number): LineColumn {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

/** The line starts of the text asked about last: rules ask for one line number per finding, often many in one file. */
let recent: { text: string; starts: number[] } = { text: '', starts: [0] };

/** The 1-based line of an offset; computing the line starts once per text, not once per call. */
export function lineNumberAt(text: string, offset: number): number {
  if (recent.text !== text) {
    recent = { text, starts: lineStarts(text) };
  }
  return positionOf(recent.starts, offset).line;
}

/** The span of the line holding `offset`, without its line break. */
export function lineSpanAt(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') {
    start--;
  }
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') {
    end++;
  }
  return { start, end };
}

/** The line break the text already uses (its first one), so inserted lines match it; read without scanning the whole text. */
export function lineBreakOf(text: string): string {
  const firstBreak = text.indexOf('\n');
  return firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
}
