/**
 * The OpenSSL dialect (NCONF, crypto/conf/conf_def.c): `#` comments outside quotes, `\` line continuation,
 * `[ section ]`, a default section before the first header, `section::key = value`, `.include`/`.pragma`,
 * and `$var` / `${var}` / `$(var)` / `$section::var` expanded from earlier definitions while reading.
 */
import { ParseResult } from '../../core/format';
import { Span, SyntaxProblem } from '../../core/types';
import { lineEndAt, nextLineStart } from './lines';
import { IniDocument, IniEntry, IniSection } from './model';

export const OPENSSL_DEFAULT_SECTION = 'default';

const isWhitespace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';

/** ASCII letters, digits and `extra`, as a table by character code: a regular expression per character made parsing slow. */
function asciiTable(extra: string): Uint8Array {
  const table = new Uint8Array(128);
  const chars = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789${extra}`;
  for (let index = 0; index < chars.length; index++) {
    table[chars.charCodeAt(index)] = 1;
  }
  return table;
}

const ALPHANUMERIC = asciiTable('_');
/** Letters, digits, `_` and the punctuation OpenSSL allows in section and key names. */
const NAME_CHARS = asciiTable('_!%&*+,-./;?@^|~');
/** Past the end, charCodeAt gives NaN, which is in no table. */
const isAlphaNumeric = (code: number) => code < 128 && ALPHANUMERIC[code] === 1;
const isNameChar = (code: number) => code < 128 && NAME_CHARS[code] === 1;
const BACKSLASH = 0x5c;
const isQuote = (c: string | undefined) => c === '"' || c === "'" || c === '`';

/** A line after joining `\`-continued physical lines, with the way back to source offsets. */
class LogicalLine {
  text = '';
  private readonly pieces: { logical: number; source: number }[] = [];

  add(part: string, sourceStart: number): void {
    this.pieces.push({ logical: this.text.length, source: sourceStart });
    this.text += part;
  }

  /** The source offset of a logical offset (the end of the text maps past its last character). */
  source(index: number): number {
    let piece = this.pieces[0];
    for (const candidate of this.pieces) {
      if (candidate.logical <= index) {
        piece = candidate;
      }
    }
    return piece.source + (index - piece.logical);
  }

  span(start: number, end: number): Span {
    return end <= start ? { start: this.source(start), end: this.source(start) } : { start: this.source(start), end: this.source(end - 1) + 1 };
  }
}

/** One at a time: a file of half a million lines need not hold them all at once. */
function* logicalLines(text: string): Generator<LogicalLine> {
  let current: LogicalLine | undefined;
  for (let start = 0, end = 0; start < text.length; start = nextLineStart(text, end)) {
    end = lineEndAt(text, start);
    const line = text.slice(start, end);
    current ??= new LogicalLine();
    const continued = line.endsWith('\\') && !line.endsWith('\\\\');
    current.add(continued ? line.slice(0, -1) : line, start);
    if (!continued) {
      yield current;
      current = undefined;
    }
  }
  if (current) {
    yield current;
  }
}

function skipQuoted(line: string, at: number): number {
  const quote = line[at];
  let index = at + 1;
  while (index < line.length && line[index] !== quote) {
    index += line[index] === '\\' ? 2 : 1;
  }
  return Math.min(index + 1, line.length);
}

/** Where the `#` comment starts, skipping quoted text and escaped characters. */
function commentStart(line: string): number | undefined {
  // Only a `#` starts one: a line without any needs no walk through its quotes.
  if (!line.includes('#')) {
    return undefined;
  }
  for (let index = 0; index < line.length; ) {
    const c = line[index];
    if (c === '#') {
      return index;
    }
    index = isQuote(c) ? skipQuoted(line, index) : c === '\\' ? index + 2 : index + 1;
  }
  return undefined;
}

function eatWhitespace(line: string, at: number, end: number): number {
  while (at < end && isWhitespace(line[at])) {
    at++;
  }
  return at;
}

function eatName(line: string, at: number, end: number): number {
  for (let code = line.charCodeAt(at); at < end && (isNameChar(code) || code === BACKSLASH); code = line.charCodeAt(at)) {
    at += code === BACKSLASH ? 2 : 1;
  }
  return Math.min(at, end);
}

function trimEnd(line: string, start: number, end: number): number {
  while (end > start && isWhitespace(line[end - 1])) {
    end--;
  }
  return end;
}

/** Values OpenSSL has read so far, for `$var` expansion; null when defined with a value unknown here. */
type Symbols = Map<string, Map<string, string | null>>;

interface Expansion {
  /** Quotes and escapes removed, references kept. */
  value: string;
  /** Undefined when a reference cannot be resolved from this file alone. */
  expanded: string | undefined;
  problem?: string;
}

/** The characters str_copy() treats specially: quotes, the escape and the `$` of a reference. */
const SPECIAL = /["'`\\$]/g;

/** str_copy(): quotes, escapes and `$` references, as OpenSSL reads a value. */
function readValue(raw: string, section: string, symbols: Symbols, unknownMayExist: boolean): Expansion {
  let value = '';
  let expanded: string | undefined = '';
  const escapes: Record<string, string> = { r: '\r', n: '\n', b: '\b', t: '\t' };
  for (let index = 0; index < raw.length; ) {
    const c = raw[index];
    if (isQuote(c)) {
      let inner = index + 1;
      while (inner < raw.length && raw[inner] !== c) {
        if (raw[inner] === '\\') {
          inner++;
        }
        if (inner < raw.length) {
          value += raw[inner];
          expanded = expanded === undefined ? undefined : expanded + raw[inner];
        }
        inner++;
      }
      index = inner + 1;
    } else if (c === '\\') {
      const next = raw[index + 1];
      if (next === undefined) {
        break;
      }
      value += escapes[next] ?? next;
      expanded = expanded === undefined ? undefined : expanded + (escapes[next] ?? next);
      index += 2;
    } else if (c === '$') {
      const reference = readReference(raw, index, section);
      if (reference.problem) {
        return { value: raw, expanded: undefined, problem: reference.problem };
      }
      value += raw.slice(index, reference.end);
      const found = lookup(symbols, reference.section, reference.name);
      if (found === undefined && !(reference.section === 'ENV' || unknownMayExist)) {
        return { value: raw, expanded: undefined, problem: `Variable "${raw.slice(index, reference.end)}" has no value here: OpenSSL refuses the file ("variable has no value"). Define it on an earlier line.` };
      }
      expanded = found === undefined || found === null || expanded === undefined ? undefined : expanded + found;
      index = reference.end;
    } else {
      // Plain characters are taken a run at a time: one by one, a long value would cost a string per character.
      SPECIAL.lastIndex = index;
      const next = SPECIAL.exec(raw)?.index ?? raw.length;
      const run = raw.slice(index, next);
      value += run;
      expanded = expanded === undefined ? undefined : expanded + run;
      index = next;
    }
  }
  return { value, expanded };
}

function readReference(raw: string, at: number, section: string): { section: string; name: string; end: number; problem?: string } {
  let index = at + 1;
  const close = raw[index] === '{' ? '}' : raw[index] === '(' ? ')' : undefined;
  if (close) {
    index++;
  }
  const readIdentifier = () => {
    const start = index;
    while (isAlphaNumeric(raw.charCodeAt(index))) {
      index++;
    }
    return raw.slice(start, index);
  };
  let name = readIdentifier();
  let where = section;
  if (raw[index] === ':' && raw[index + 1] === ':') {
    where = name;
    index += 2;
    name = readIdentifier();
  }
  if (close) {
    if (raw[index] !== close) {
      return { section: where, name, end: index, problem: `"${raw.slice(at, index)}" lacks its closing "${close}": OpenSSL refuses the file.` };
    }
    index++;
  }
  return { section: where, name, end: index };
}

/** _CONF_get_string(): the section, then the default section (and, for ENV, the environment, unknown here). */
function lookup(symbols: Symbols, section: string, name: string): string | null | undefined {
  const own = symbols.get(section);
  return own?.has(name) ? own.get(name) : symbols.get(OPENSSL_DEFAULT_SECTION)?.get(name);
}

const MAX_PROBLEMS = 1000;
const DIRECTIVES = ['.include', '.pragma'];

/** Parses text as OpenSSL's default configuration reader does; problems are the errors that make it refuse the file. */
export function parseOpenssl(text: string): ParseResult<IniDocument> {
  const doc: IniDocument = { dialect: 'openssl', sections: [], directives: [], comments: [] };
  const problems: SyntaxProblem[] = [];
  // A file of garbage has a problem per line; the engine lists only the first ones.
  const report = (problem: SyntaxProblem): void => {
    if (problems.length < MAX_PROBLEMS) {
      problems.push(problem);
    }
  };
  const symbols: Symbols = new Map();
  let section: IniSection = { name: OPENSSL_DEFAULT_SECTION, headerSpan: undefined, nameSpan: { start: 0, end: 0 }, span: { start: 0, end: 0 }, entries: [] };
  doc.sections.push(section);
  // Variables defined in an included file are unknown here, so a reference after an include is not an error.
  let afterInclude = false;

  for (const line of logicalLines(text)) {
    const raw = line.text;
    const cut = commentStart(raw);
    if (cut !== undefined) {
      doc.comments.push(line.span(cut, raw.length));
    }
    const end = trimEnd(raw, 0, cut ?? raw.length);
    const start = eatWhitespace(raw, 0, end);
    if (start >= end) {
      continue;
    }
    if (raw[start] === '[') {
      const nameStart = eatWhitespace(raw, start + 1, end);
      const nameEnd = eatName(raw, nameStart, end);
      const close = eatWhitespace(raw, nameEnd, end);
      if (raw[close] !== ']') {
        report({ message: 'Missing "]" after the section name (names allow letters, digits and _ . - ! % & * + , / ; ? @ ^ | ~): OpenSSL refuses the file.', span: line.span(start, end) });
        continue;
      }
      section = { name: raw.slice(nameStart, nameEnd), headerSpan: line.span(start, close + 1), nameSpan: line.span(nameStart, nameEnd), span: line.span(start, close + 1), entries: [] };
      doc.sections.push(section);
      continue;
    }
    let nameStart = start;
    let nameEnd = eatName(raw, start, end);
    let target = section.name;
    if (raw[nameEnd] === ':' && raw[nameEnd + 1] === ':') {
      target = raw.slice(nameStart, nameEnd);
      nameStart = nameEnd + 2;
      nameEnd = eatName(raw, nameStart, end);
    }
    const name = raw.slice(nameStart, nameEnd);
    let after = eatWhitespace(raw, nameEnd, end);
    const directive = name.startsWith('.') ? DIRECTIVES.find((candidate) => name === candidate && (after !== nameEnd || raw[after] === '=')) : undefined;
    if (directive) {
      if (raw[after] === '=') {
        after = eatWhitespace(raw, after + 1, end);
      }
      doc.directives.push({ name: directive, value: raw.slice(after, end), valueSpan: line.span(after, end), span: line.span(start, end) });
      afterInclude ||= directive === '.include';
      continue;
    }
    if (raw[after] !== '=') {
      report({ message: 'Expected "name = value": OpenSSL refuses the file ("missing equal sign"). Names cannot contain spaces.', span: line.span(start, end) });
      continue;
    }
    const valueStart = eatWhitespace(raw, after + 1, end);
    const read = readValue(raw.slice(valueStart, end), target, symbols, afterInclude);
    if (read.problem) {
      report({ message: read.problem, span: line.span(valueStart, end) });
    }
    const valueSpan = line.span(valueStart, end);
    const entry: IniEntry = {
      key: raw.slice(start, nameEnd),
      name,
      keySpan: line.span(start, nameEnd),
      value: read.value,
      valueSpan,
      lines: valueStart < end ? [{ text: text.slice(valueSpan.start, valueSpan.end), span: valueSpan }] : [],
      span: line.span(start, end),
      section: target,
      expanded: read.expanded,
    };
    section.entries.push(entry);
    // The section's span is its own object (never its header's), so it grows in place.
    section.span.end = entry.span.end;
    const values = symbols.get(target) ?? new Map<string, string | null>();
    values.set(name, read.expanded ?? null);
    symbols.set(target, values);
  }
  return { model: doc, problems };
}
