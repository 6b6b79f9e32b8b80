/** Layout-preserving edits of Broker files, written once for both syntaxes: set a value, rename a key, add an entry. */
import { lineBreakOf, lineSpanAt } from '../../core/text';
import { Edit } from '../../core/types';
import { BrokerEntry, BrokerObject, BrokerSyntax } from './model';

function escapeXmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** CDATA cannot hold `]]>`: split it across two sections. */
function escapeCdata(value: string): string {
  return value.replace(/]]>/g, ']]]]><![CDATA[>');
}

function xmlElement(key: string, value: string, cdata: boolean): string {
  return `<${key}>${cdata ? `<![CDATA[${escapeCdata(value)}]]>` : escapeXmlText(value)}</${key}>`;
}

/** Replaces the value of a key with a string, written the way its place requires (JSON string, XML text or CDATA). */
export function setValue(entry: BrokerEntry, value: string): Edit {
  if (entry.value.kind === 'list' || (entry.value.kind === 'object' && entry.endKeySpan === undefined)) {
    return { span: entry.value.span, text: JSON.stringify(value) };
  }
  if (entry.value.kind === 'object') {
    // An XML element with child elements: its content becomes the text.
    return { span: { start: entry.value.contentStart, end: entry.value.contentEnd }, text: escapeXmlText(value) };
  }
  const { writeSpan: span, writing } = entry.value;
  switch (writing) {
    case 'json':
      return { span, text: JSON.stringify(value) };
    case 'xmlCdata':
      return { span, text: escapeCdata(value) };
    case 'xmlEmptyElement':
      return { span, text: xmlElement(entry.key, value, false) };
    case 'xmlText':
      return { span, text: escapeXmlText(value) };
  }
}

/** Renames a key: the JSON key, or both tags of the XML element. */
export function renameKey(syntax: BrokerSyntax, entry: BrokerEntry, key: string): Edit[] {
  if (syntax === 'json') {
    return [{ span: entry.keySpan, text: JSON.stringify(key) }];
  }
  return [entry.keySpan, ...(entry.endKeySpan ? [entry.endKeySpan] : [])].map((span) => ({ span, text: key }));
}

/** The blanks before `offset` when it starts its line; undefined when other text precedes it on the line. */
function ownLineIndent(text: string, offset: number): string | undefined {
  const before = text.slice(lineSpanAt(text, offset).start, offset);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

/** Whether the values around use CDATA sections (files written by the web UI wrap every value in one). */
function siblingsUseCdata(object: BrokerObject): boolean {
  const scalars = object.entries.flatMap((entry) => (entry.value.kind === 'scalar' ? [entry.value] : []));
  return scalars.length > 0 && scalars[scalars.length - 1].writing === 'xmlCdata';
}

function insertXml(text: string, object: BrokerObject, key: string, value: string): Edit {
  const eol = lineBreakOf(text);
  const element = xmlElement(key, value, siblingsUseCdata(object));
  const last = object.entries[object.entries.length - 1];
  if (!last) {
    const indent = (ownLineIndent(text, object.span.start) ?? '') + '  ';
    return { span: { start: object.contentStart, end: object.contentStart }, text: eol + indent + element };
  }
  const indent = ownLineIndent(text, last.span.start);
  if (indent === undefined) {
    // Siblings share a line (`<type>ipv4</type><host>…`): the new one joins them.
    return { span: { start: last.span.end, end: last.span.end }, text: element };
  }
  // After the last sibling's line, so a comment ending that line stays with it; before the parent's end tag otherwise.
  const lineEnd = lineSpanAt(text, last.span.end).end;
  const rest = text.slice(last.span.end, Math.min(lineEnd, object.contentEnd));
  const at = lineEnd <= object.contentEnd && /^\s*(<!--[\s\S]*?-->\s*)*$/.test(rest) ? lineEnd : last.span.end;
  return { span: { start: at, end: at }, text: eol + indent + element };
}

function insertJson(text: string, object: BrokerObject, key: string, value: string): Edit {
  const last = object.entries[object.entries.length - 1];
  if (!last) {
    return { span: { start: object.contentStart, end: object.contentStart }, text: ` ${JSON.stringify(key)}: ${JSON.stringify(value)} ` };
  }
  // Copy the spacing around the last colon, so aligned or compact files stay as they are.
  const between = text.slice(last.keySpan.end, last.value.span.start);
  const colon = /^[ \t]*:[ \t]*$/.test(between) ? between : ': ';
  const property = `${JSON.stringify(key)}${colon}${JSON.stringify(value)}`;
  const indent = ownLineIndent(text, last.span.start);
  const at = { start: last.span.end, end: last.span.end };
  return indent === undefined ? { span: at, text: `, ${property}` } : { span: at, text: `,${lineBreakOf(text)}${indent}${property}` };
}

/** Adds `key` with a string value as the last entry of an endpoint, indented like its siblings. */
export function insertEntry(syntax: BrokerSyntax, text: string, object: BrokerObject, key: string, value: string): Edit {
  return syntax === 'json' ? insertJson(text, object, key, value) : insertXml(text, object, key, value);
}
