/** httpd's reading of a config file: logical lines (`\` continuations joined) and `${var}` expansion, every character mapped to its source. */
import { Span } from '../../core/types';

/**
 * A run of the mapped text: characters copied one to one from the source starting at `source`, or (with
 * `expanded`) a variable's value, every character of which maps to the whole `${…}`.
 */
interface Piece {
  /** Offset of the run in the mapped text. */
  at: number;
  length: number;
  source: number;
  expanded?: Span;
}

/** Text that httpd sees, with the source range each of its characters came from. */
export interface MappedText {
  text: string;
  /** In order of `at`, covering the text without gaps. */
  pieces: Piece[];
}

export interface LogicalLine extends MappedText {
  /** From the start of the first physical line to the end of the last one, line break excluded. */
  lineSpan: Span;
}

/**
 * Splits a text into logical lines, one at a time (a large file's lines need not all exist at once). A physical line whose very last character is `\` continues on the next
 * one: httpd drops the backslash and the line break, and keeps the next line's indentation. A carriage
 * return before the line feed is not part of the line.
 */
export function* logicalLines(source: string): Generator<LogicalLine> {
  let current: LogicalLine | undefined;
  let cursor = 0;
  while (cursor < source.length || current) {
    const breakAt = source.indexOf('\n', cursor);
    const physicalEnd = breakAt === -1 ? source.length : breakAt;
    const contentEnd = physicalEnd > cursor && source[physicalEnd - 1] === '\r' ? physicalEnd - 1 : physicalEnd;
    const continued = contentEnd > cursor && source[contentEnd - 1] === '\\' && breakAt !== -1;
    const line: LogicalLine = current ?? { text: '', pieces: [], lineSpan: { start: cursor, end: contentEnd } };
    const takeEnd = continued ? contentEnd - 1 : contentEnd;
    if (takeEnd > cursor) {
      line.pieces.push({ at: line.text.length, length: takeEnd - cursor, source: cursor });
      line.text += source.slice(cursor, takeEnd);
    }
    line.lineSpan.end = contentEnd;
    cursor = breakAt === -1 ? source.length : breakAt + 1;
    if (continued) {
      current = line;
      continue;
    }
    yield line;
    current = undefined;
    if (breakAt === -1) {
      break;
    }
  }
}

/** The piece holding character `index` of the mapped text (which must be inside it). */
function pieceAt(mapped: MappedText, index: number): Piece {
  let low = 0;
  let high = mapped.pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (mapped.pieces[middle].at <= index) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return mapped.pieces[low];
}

/** Where character `index` of the mapped text starts in the source. */
function sourceStart(mapped: MappedText, index: number): number {
  const piece = pieceAt(mapped, index);
  return piece.expanded ? piece.expanded.start : piece.source + index - piece.at;
}

/** Where character `index` of the mapped text ends in the source. */
function sourceEnd(mapped: MappedText, index: number): number {
  const piece = pieceAt(mapped, index);
  return piece.expanded ? piece.expanded.end : piece.source + index - piece.at + 1;
}

/** Appends the characters [from, to) of `line`, with their mapping, to `out`. */
function copyRange(line: MappedText, from: number, to: number, out: MappedText): void {
  for (let index = from; index < to;) {
    const piece = pieceAt(line, index);
    const end = Math.min(to, piece.at + piece.length);
    out.pieces.push(piece.expanded
      ? { at: out.text.length, length: end - index, source: piece.source, expanded: piece.expanded }
      : { at: out.text.length, length: end - index, source: piece.source + index - piece.at });
    out.text += line.text.slice(index, end);
    index = end;
  }
}

/**
 * Replaces every `${name}` that `variables` defines, as httpd does on each line before splitting it into
 * words; an undefined variable is left as written (httpd warns and keeps it).
 */
export function expandVariables(line: MappedText, variables: ReadonlyMap<string, string>): MappedText {
  if (!line.text.includes('${')) {
    return line;
  }
  const out: MappedText = { text: '', pieces: [] };
  let copied = 0;
  for (let index = line.text.indexOf('${'); index !== -1; index = line.text.indexOf('${', index)) {
    const close = line.text.indexOf('}', index + 2);
    const value = close === -1 ? undefined : variables.get(line.text.slice(index + 2, close));
    if (value === undefined) {
      index += 2;
      continue;
    }
    copyRange(line, copied, index, out);
    if (value.length > 0) {
      out.pieces.push({ at: out.text.length, length: value.length, source: 0, expanded: { start: sourceStart(line, index), end: sourceEnd(line, close) } });
      out.text += value;
    }
    copied = index = close + 1;
  }
  copyRange(line, copied, line.text.length, out);
  return out;
}

/** The source span of the characters [from, to) of a mapped text; empty at `fallback` when the range is empty. */
export function sourceSpan(mapped: MappedText, from: number, to: number, fallback: number): Span {
  if (to <= from) {
    const at = from < mapped.text.length ? sourceStart(mapped, from) : fallback;
    return { start: at, end: at };
  }
  return { start: sourceStart(mapped, from), end: sourceEnd(mapped, to - 1) };
}
