/** Reads Broker XML into the Broker model with saxes. A DOCTYPE is only looked at: no entity is expanded, nothing is fetched. */
import { SaxesParser } from 'saxes';
import { ParseResult } from '../../core/format';
import { withoutStackTraces } from '../withoutStackTraces';
import { Span, SyntaxProblem } from '../../core/types';
import { BrokerEntry, BrokerModel, BrokerObject, BrokerScalar, Doctype, endpointsOf, EntityDeclaration, ValueWriting } from './model';

const PREDEFINED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

interface OpenElement {
  name: string;
  start: number;
  contentStart: number;
  entries: BrokerEntry[];
  hasChildElements: boolean;
}

interface Segment {
  kind: 'text' | 'cdata' | 'other';
  span: Span;
  /** The CDATA content, or the raw text. */
  inner: Span;
}

/** Splits the content of an element without child elements into text, CDATA sections and comments or PIs. */
function segmentsOf(text: string, start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  const markup = /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  const content = text.slice(start, end);
  let cursor = 0;
  for (let match = markup.exec(content); match; match = markup.exec(content)) {
    if (match.index > cursor) {
      segments.push({ kind: 'text', span: { start: start + cursor, end: start + match.index }, inner: { start: start + cursor, end: start + match.index } });
    }
    const span = { start: start + match.index, end: start + match.index + match[0].length };
    const cdata = match[1] !== undefined;
    segments.push({ kind: cdata ? 'cdata' : 'other', span, inner: cdata ? { start: span.start + 9, end: span.end - 3 } : span });
    cursor = match.index + match[0].length;
  }
  if (cursor < content.length) {
    segments.push({ kind: 'text', span: { start: start + cursor, end }, inner: { start: start + cursor, end } });
  }
  return segments;
}

/** Decodes character data; undefined when it references an entity other than the predefined ones (never expanded here). */
function decodeText(raw: string, references: Set<string>): string | undefined {
  if (!raw.includes('&') && !raw.includes('\r')) {
    // Most values: nothing to decode, so no regex runs.
    return raw;
  }
  let unknown = false;
  const decoded = raw.replace(/\r\n?/g, '\n').replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[^\s&;]+);/g, (whole, name: string) => {
    if (name in PREDEFINED_ENTITIES) {
      return PREDEFINED_ENTITIES[name];
    }
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    references.add(name);
    unknown = true;
    return whole;
  });
  return unknown ? undefined : decoded;
}

/** A scalar built with one property order for every kind of XML value (and JSON's), so rules' property reads stay monomorphic. */
function xmlScalar(span: Span, text: string | undefined, raw: string, writeSpan: Span, writing: ValueWriting): BrokerScalar {
  return { kind: 'scalar', span, text, type: 'string', raw, writeSpan, writing };
}

/** The value of an element that has no child elements: its text and CDATA, and where a new value is written. */
function leafValue(text: string, start: number, end: number, references: Set<string>): BrokerScalar {
  const raw = text.slice(start, end);
  if (!raw.includes('<')) {
    // Plain text (most values): one text segment, or none when empty; a new value replaces it, blank or not.
    const span = { start, end };
    return xmlScalar(span, decodeText(raw, references), raw, span, 'xmlText');
  }
  const segments = segmentsOf(text, start, end);
  let decoded: string | undefined = '';
  for (const segment of segments) {
    if (segment.kind === 'other') {
      continue;
    }
    const content = text.slice(segment.inner.start, segment.inner.end);
    const part = segment.kind === 'cdata' ? content.replace(/\r\n?/g, '\n') : decodeText(content, references);
    decoded = decoded === undefined || part === undefined ? undefined : decoded + part;
  }
  const valued = segments.filter((segment) => segment.kind === 'cdata' || (segment.kind === 'text' && text.slice(segment.span.start, segment.span.end).trim() !== ''));
  if (valued.length === 1 && valued[0].kind === 'cdata') {
    return xmlScalar(valued[0].inner, decoded, raw, valued[0].inner, 'xmlCdata');
  }
  if (valued.length === 0) {
    // Empty, blank, or only comments: a new value replaces the blanks, or goes before the closing tag.
    const blank = segments.every((segment) => segment.kind === 'text');
    const writeSpan = blank ? { start, end } : { start: end, end };
    return xmlScalar(writeSpan, decoded, raw, writeSpan, 'xmlText');
  }
  const span = { start: valued[0].span.start, end: valued[valued.length - 1].span.end };
  return xmlScalar(span, decoded, raw, span, 'xmlText');
}

/** Reads the entity declarations of a DOCTYPE's internal subset; comments inside the subset are skipped. */
function doctypeAt(text: string, span: Span): Doctype {
  const raw = text.slice(span.start, span.end).replace(/<!--[\s\S]*?-->/g, (comment) => ' '.repeat(comment.length));
  const entities: EntityDeclaration[] = [];
  const declaration = /<!ENTITY\s+(%\s*)?([^\s"'%>]+)((?:"[^"]*"|'[^']*'|[^"'>])*)>/g;
  for (let match = declaration.exec(raw); match; match = declaration.exec(raw)) {
    entities.push({
      name: match[2],
      span: { start: span.start + match.index, end: span.start + match.index + match[0].length },
      parameter: match[1] !== undefined,
      external: /^\s*(SYSTEM|PUBLIC)\b/.test(match[3]),
    });
  }
  return { span, externalSubset: /^<!DOCTYPE\s+[^\s[>]+\s+(SYSTEM|PUBLIC)\b/.test(raw), entities };
}

/** saxes prefixes its messages with `line:column: `; the finding carries the position already. */
function problemMessage(error: Error): string {
  const message = error.message.replace(/^\d+:\d+: /, '');
  return `XML: ${message.charAt(0).toUpperCase()}${message.slice(1)}`;
}

/** Deeper than any Broker file nests (libxml2's default limit too): deeper elements are left out of the model. */
export const MAX_XML_DEPTH = 256;

const MAX_XML_PROBLEMS = 1000;

export function parseBrokerXml(text: string): ParseResult<BrokerModel> {
  const problems: SyntaxProblem[] = [];
  const references = new Set<string>();
  const stack: OpenElement[] = [];
  /** Elements open beyond MAX_XML_DEPTH: only counted, so that their closing tags are matched. */
  let tooDeep = 0;
  let root: BrokerObject | undefined;
  let doctype: Doctype | undefined;
  const parser = new SaxesParser({ position: true });
  /** saxes makes a new string per tag: one copy per name keeps a large file's model smaller. */
  const names = new Map<string, string>();
  const interned = (name: string) => {
    const known = names.get(name);
    if (known !== undefined) {
      return known;
    }
    names.set(name, name);
    return name;
  };

  /** An entity the DOCTYPE may declare: referencing it is well-formed, it is just never expanded here. */
  const mayBeDeclared = (name: string) => doctype !== undefined && (doctype.externalSubset || doctype.entities.some((entity) => entity.parameter || entity.name === name));

  parser.on('error', (error) => {
    // saxes reports on after an error, once per character of garbage: the engine lists only the first ones anyway.
    if (problems.length >= MAX_XML_PROBLEMS) {
      return;
    }
    const end = Math.min(parser.position, text.length);
    if (/undefined entity\.$/.test(error.message)) {
      const name = text.slice(text.lastIndexOf('&', end - 1) + 1, end - 1);
      if (mayBeDeclared(name)) {
        return;
      }
    }
    problems.push({ message: problemMessage(error), span: { start: Math.max(0, end - 1), end } });
  });
  parser.on('doctype', () => {
    const end = parser.position;
    doctype = doctypeAt(text, { start: Math.max(0, text.lastIndexOf('<!DOCTYPE', end)), end });
  });
  parser.on('opentag', (tag) => {
    const contentStart = parser.position;
    if (stack.length > 0) {
      stack[stack.length - 1].hasChildElements = true;
    }
    if (stack.length >= MAX_XML_DEPTH) {
      if (tooDeep++ === 0) {
        const start = Math.max(0, text.lastIndexOf('<', contentStart - 1));
        problems.push({ message: `XML: elements nest more than ${MAX_XML_DEPTH} levels deep: the deeper ones are not read.`, span: { start, end: contentStart } });
      }
      return;
    }
    stack.push({ name: interned(tag.name), start: Math.max(0, text.lastIndexOf('<', contentStart - 1)), contentStart, entries: [], hasChildElements: false });
  });
  parser.on('closetag', (tag) => {
    if (tooDeep > 0) {
      tooDeep--;
      return;
    }
    const element = stack.pop();
    if (!element) {
      return;
    }
    const end = parser.position;
    const keySpan = { start: element.start + 1, end: element.start + 1 + element.name.length };
    let entry: BrokerEntry;
    if (tag.isSelfClosing) {
      const span = { start: element.start, end };
      entry = { key: element.name, keySpan, span, value: xmlScalar(keySpan, '', '', span, 'xmlEmptyElement') };
    } else {
      const closeStart = Math.max(element.contentStart, text.lastIndexOf('</', end - 1));
      const endKeySpan = { start: closeStart + 2, end: closeStart + 2 + element.name.length };
      const value = element.hasChildElements || stack.length === 0
        ? { kind: 'object' as const, span: { start: element.start, end }, entries: element.entries, contentStart: element.contentStart, contentEnd: closeStart }
        : leafValue(text, element.contentStart, closeStart, references);
      entry = { key: element.name, keySpan, endKeySpan, span: { start: element.start, end }, value };
    }
    if (stack.length > 0) {
      stack[stack.length - 1].entries.push(entry);
    } else if (entry.value.kind === 'object') {
      root = entry.value;
    } else {
      root = { kind: 'object', span: entry.span, entries: [], contentStart: entry.span.end, contentEnd: entry.span.end };
    }
  });
  withoutStackTraces(() => parser.write(text).close());
  return { model: { syntax: 'xml', root, endpoints: endpointsOf(root), doctype, entityReferences: [...references] }, problems };
}
