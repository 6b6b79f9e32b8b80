/**
 * The fail2ban dialect: Python's configparser as fail2ban configures it (strict, `=` or `:`, full-line `#`/`;`
 * comments, inline comments only for `;` after whitespace, continuation lines indented deeper than their key).
 */
import { SyntaxProblem } from '../../core/types';
import { ParseResult } from '../../core/format';
import { isSpaceCode, lineEndAt, nextLineStart, trimmedRange } from './lines';
import { IniDocument, IniEntry, IniSection } from './model';

const DEFAULT_SECTION = 'DEFAULT';
const HASH = 0x23;
const SEMICOLON = 0x3b;

/** Where configparser cuts the line `text.slice(start, end)`: a full-line comment, or `;` at the start or after whitespace. */
function commentStart(text: string, start: number, end: number): number | undefined {
  let first = start;
  while (first < end && isSpaceCode(text.charCodeAt(first))) {
    first++;
  }
  if (first === end) {
    return undefined;
  }
  const code = text.charCodeAt(first);
  if (code === HASH || code === SEMICOLON) {
    return first;
  }
  for (let index = first + 1; index < end; index++) {
    if (text.charCodeAt(index) === SEMICOLON && isSpaceCode(text.charCodeAt(index - 1))) {
      return index;
    }
  }
  return undefined;
}

interface OpenEntry {
  entry: IniEntry;
  /** Blank lines seen since the last value line: kept only when another value line follows. */
  pendingBlanks: number;
}

/** Parses text as fail2ban reads one file; problems are the errors that make fail2ban reject the file. */
export function parseFail2ban(text: string): ParseResult<IniDocument> {
  const doc: IniDocument = { dialect: 'fail2ban', sections: [], directives: [], comments: [] };
  const problems: SyntaxProblem[] = [];
  let section: IniSection | undefined;
  let open: OpenEntry | undefined;
  let indentLevel = 0;
  const seenSections = new Set<string>();
  // Option names per section name: a set of joined "section\0option" strings cost more than the rest of the parse.
  const seenOptions = new Map<string, Set<string>>();
  // configparser stops at a duplicate section, so the repeated options under it are not reported again.
  let repeatedSection = false;

  // The section's span is its own object (never shared with its header's), so it grows in place.
  const extendSection = (end: number) => {
    if (section) {
      section.span.end = Math.max(section.span.end, end);
    }
  };

  for (let lineStart = 0, lineEnd = 0; lineStart < text.length; lineStart = nextLineStart(text, lineEnd)) {
    lineEnd = lineEndAt(text, lineStart);
    const cut = commentStart(text, lineStart, lineEnd);
    if (cut !== undefined) {
      doc.comments.push({ start: cut, end: lineEnd });
    }
    const content = trimmedRange(text, lineStart, cut ?? lineEnd);
    if (content.start === content.end) {
      if (cut === undefined && open) {
        open.pendingBlanks += 1;
      }
      continue;
    }
    const value = text.slice(content.start, content.end);
    const indent = content.start - lineStart;
    if (section && open && indent > indentLevel) {
      appendLine(open, value, content);
      extendSection(content.end);
      continue;
    }
    indentLevel = indent;
    if (value.startsWith('[') && value.lastIndexOf(']') >= 2) {
      const close = content.start + value.lastIndexOf(']');
      const name = text.slice(content.start + 1, close);
      repeatedSection = name !== DEFAULT_SECTION && seenSections.has(name);
      if (repeatedSection) {
        problems.push({ message: `Section [${name}] is already defined in this file: fail2ban refuses the file (DuplicateSectionError).`, span: { start: content.start, end: close + 1 } });
      }
      seenSections.add(name);
      section = {
        name,
        headerSpan: { start: content.start, end: close + 1 },
        nameSpan: { start: content.start + 1, end: close },
        span: { start: content.start, end: close + 1 },
        entries: [],
      };
      doc.sections.push(section);
      open = undefined;
      continue;
    }
    const delimiter = value.search(/[=:]/);
    if (delimiter <= 0 || value.slice(0, delimiter).trim() === '') {
      problems.push({ message: delimiter === -1 ? 'Expected "key = value" or a [section] header.' : 'A key is missing before the separator.', span: content });
      continue;
    }
    if (!section) {
      problems.push({ message: 'Option before any [section] header: fail2ban refuses the file (MissingSectionHeaderError).', span: content });
      section = { name: '', headerSpan: undefined, nameSpan: { start: content.start, end: content.start }, span: { start: content.start, end: content.start }, entries: [] };
      doc.sections.push(section);
    }
    const key = value.slice(0, delimiter).trimEnd();
    const keySpan = { start: content.start, end: content.start + key.length };
    const valueRange = trimmedRange(text, content.start + delimiter + 1, content.end);
    const valueText = text.slice(valueRange.start, valueRange.end);
    const entry: IniEntry = {
      key,
      name: key.toLowerCase(),
      keySpan,
      value: valueText,
      valueSpan: valueRange,
      lines: valueRange.start < valueRange.end ? [{ text: valueText, span: valueRange }] : [],
      span: { start: content.start, end: content.end },
      section: section.name,
      expanded: undefined,
    };
    entry.expanded = entry.value;
    let optionsOfSection = seenOptions.get(section.name);
    if (!optionsOfSection) {
      optionsOfSection = new Set();
      seenOptions.set(section.name, optionsOfSection);
    }
    if (optionsOfSection.has(entry.name) && !repeatedSection) {
      problems.push({ message: `Option "${entry.name}" is already set in [${section.name}] in this file: fail2ban refuses the file (DuplicateOptionError).`, span: keySpan });
    }
    optionsOfSection.add(entry.name);
    section.entries.push(entry);
    open = { entry, pendingBlanks: 0 };
    extendSection(content.end);
  }
  return { model: doc, problems };
}

/** A continuation line joins the value with "\n", after any blank lines in between. */
function appendLine(open: OpenEntry, value: string, span: { start: number; end: number }): void {
  const { entry } = open;
  entry.value += '\n'.repeat(open.pendingBlanks + 1) + value;
  entry.expanded = entry.value;
  open.pendingBlanks = 0;
  entry.lines.push({ text: value, span });
  entry.valueSpan = { start: entry.valueSpan.start, end: span.end };
  entry.span = { start: entry.span.start, end: span.end };
}
