/** Physical lines of a text with their offsets: the unit both INI dialects read. */

export interface PhysicalLine {
  /** The line without its line break. */
  text: string;
  start: number;
  /** Offset just past the line's text (its line break excluded). */
  end: number;
}

export function physicalLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    lines.push({ text: text.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) {
    lines.push({ text: text.slice(start), start, end: text.length });
  }
  return lines;
}

/** Offsets of the first and past-the-last non-whitespace characters of `text.slice(from, to)`. */
export function trimmedRange(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) {
    start++;
  }
  while (end > start && /\s/.test(text[end - 1])) {
    end--;
  }
  return { start, end };
}
