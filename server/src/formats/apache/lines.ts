/** httpd's reading of a config file: logical lines (`\` continuations joined) and `${var}` expansion, every character mapped to its source. */
import { Span } from '../../core/types';

/** Text that httpd sees, with the source range each of its characters came from. */
export interface MappedText {
  text: string;
  /** Source offset where character i came from (for an expanded variable: where the `${…}` starts). */
  starts: number[];
  /** Source offset just after what character i came from (for an expanded variable: after its `}`). */
  ends: number[];
}

export interface LogicalLine extends MappedText {
  /** From the start of the first physical line to the end of the last one, line break excluded. */
  lineSpan: Span;
}

/**
 * Splits a text into logical lines. A physical line whose very last character is `\` continues on the next
 * one: httpd drops the backslash and the line break, and keeps the next line's indentation. A carriage
 * return before the line feed is not part of the line.
 */
export function logicalLines(source: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  let current: LogicalLine | undefined;
  let cursor = 0;
  while (cursor < source.length || current) {
    const breakAt = source.indexOf('\n', cursor);
    const physicalEnd = breakAt === -1 ? source.length : breakAt;
    const contentEnd = physicalEnd > cursor && source[physicalEnd - 1] === '\r' ? physicalEnd - 1 : physicalEnd;
    const continued = contentEnd > cursor && source[contentEnd - 1] === '\\' && breakAt !== -1;
    const line: LogicalLine = current ?? { text: '', starts: [], ends: [], lineSpan: { start: cursor, end: contentEnd } };
    const takeEnd = continued ? contentEnd - 1 : contentEnd;
    for (let offset = cursor; offset < takeEnd; offset++) {
      line.starts.push(offset);
      line.ends.push(offset + 1);
    }
    line.text += source.slice(cursor, takeEnd);
    line.lineSpan.end = contentEnd;
    cursor = breakAt === -1 ? source.length : breakAt + 1;
    if (continued) {
      current = line;
      continue;
    }
    lines.push(line);
    current = undefined;
    if (breakAt === -1) {
      break;
    }
  }
  return lines;
}

/**
 * Replaces every `${name}` that `variables` defines, as httpd does on each line before splitting it into
 * words; an undefined variable is left as written (httpd warns and keeps it).
 */
export function expandVariables(line: MappedText, variables: ReadonlyMap<string, string>): MappedText {
  const out: MappedText = { text: '', starts: [], ends: [] };
  let index = 0;
  while (index < line.text.length) {
    if (line.text.startsWith('${', index)) {
      const close = line.text.indexOf('}', index + 2);
      const value = close === -1 ? undefined : variables.get(line.text.slice(index + 2, close));
      if (close !== -1 && value !== undefined) {
        const start = line.starts[index];
        const end = line.ends[close];
        out.text += value;
        for (let i = 0; i < value.length; i++) {
          out.starts.push(start);
          out.ends.push(end);
        }
        index = close + 1;
        continue;
      }
    }
    out.text += line.text[index];
    out.starts.push(line.starts[index]);
    out.ends.push(line.ends[index]);
    index++;
  }
  return out;
}

/** The source span of the characters [from, to) of a mapped text; empty at `fallback` when the range is empty. */
export function sourceSpan(mapped: MappedText, from: number, to: number, fallback: number): Span {
  if (to <= from) {
    const at = from < mapped.starts.length ? mapped.starts[from] : fallback;
    return { start: at, end: at };
  }
  return { start: mapped.starts[from], end: mapped.ends[to - 1] };
}
