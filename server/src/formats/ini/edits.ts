/** Layout-preserving edits on INI text: replace a value, add entries to a section, append a section, remove an entry. */
import { lineBreakOf, lineSpanAt } from '../../core/text';
import { Edit } from '../../core/types';
import { IniEntry, IniSection } from './model';

/** Replaces an entry's whole value (all its continuation lines); a value missing from the key's line gets a space after the separator. */
export function replaceValue(text: string, entry: IniEntry, value: string): Edit {
  const { start, end } = entry.valueSpan;
  const onKeyLine = entry.lines.length > 0 && entry.lines[0].span.start === start;
  const space = !onKeyLine && !/\s/.test(text[start - 1] ?? ' ') ? ' ' : '';
  return { span: { start, end }, text: `${space}${value}` };
}

/** The offset just past the last line that belongs to a section (its header, or its last entry). */
function sectionEnd(text: string, section: IniSection): number {
  const last = section.entries[section.entries.length - 1];
  const anchor = last ? last.span.end : section.headerSpan?.end ?? section.span.end;
  return lineSpanAt(text, anchor).end;
}

/** Adds `key = value` lines at the end of a section, after its last entry, with the file's line break. */
export function insertEntries(text: string, section: IniSection, lines: readonly string[]): Edit {
  const at = sectionEnd(text, section);
  const eol = lineBreakOf(text);
  if (section.headerSpan === undefined && section.entries.length === 0) {
    // OpenSSL's implicit default section with nothing in it: the new lines open the file.
    return { span: { start: 0, end: 0 }, text: lines.map((line) => `${line}${eol}`).join('') };
  }
  return { span: { start: at, end: at }, text: lines.map((line) => `${eol}${line}`).join('') };
}

/** Appends a new section at the end of the file, after a blank line; the existing text is left as it is. */
export function appendSection(text: string, header: string, lines: readonly string[]): Edit {
  const eol = lineBreakOf(text);
  const body = [header, ...lines].map((line) => `${line}${eol}`).join('');
  const end = { start: text.length, end: text.length };
  if (!/\S/.test(text)) {
    return { span: end, text: body };
  }
  // Only the end matters: testing the tail keeps this constant-time however long the file is.
  const tail = text.slice(-256);
  const finalBreak = /(\r\n|\r|\n)$/.test(tail) ? '' : eol;
  const blankLine = /(\r\n|\r|\n)[ \t]*(\r\n|\r|\n)$/.test(tail) ? '' : eol;
  return { span: end, text: `${finalBreak}${blankLine}${body}` };
}

/** Removes an entry's lines, their line break included. */
export function removeEntry(text: string, entry: IniEntry): Edit {
  const start = lineSpanAt(text, entry.span.start).start;
  let end = lineSpanAt(text, entry.span.end).end;
  end += text.startsWith('\r\n', end) ? 2 : text[end] === '\n' || text[end] === '\r' ? 1 : 0;
  return { span: { start, end }, text: '' };
}
