/** The position-bearing model of the INI family (fail2ban jails, openssl.cnf): sections, entries, directives, comments. */
import { Span } from '../../core/types';

/** Which program's reading of the text the model follows. */
export type IniDialect = 'fail2ban' | 'openssl';

/** One physical line of a value, comment and indentation excluded. */
export interface IniValueLine {
  text: string;
  span: Span;
}

export interface IniEntry {
  /** The key as written. */
  key: string;
  /** The key as the program compares it: lower-cased by fail2ban (configparser), as written by OpenSSL. */
  name: string;
  keySpan: Span;
  /**
   * The value as the program stores it, before interpolation: fail2ban joins continuation lines with "\n";
   * OpenSSL drops quotes and escapes but keeps `$var` references (see {@link expanded}).
   */
  value: string;
  /** From the value's first to its last character; an empty span after the separator when there is no value. */
  valueSpan: Span;
  /** The value's non-empty physical lines. */
  lines: IniValueLine[];
  /** From the key to the end of the value. */
  span: Span;
  /** The section the value is stored in (OpenSSL's `other::key = …` stores it in another one). */
  section: string;
  /**
   * OpenSSL: the value with its `$var` references expanded as OpenSSL does while reading (only earlier
   * definitions count); undefined when a reference cannot be resolved here (environment, an included file).
   * fail2ban: the value itself (its `%(name)s` interpolation needs every file of the configuration).
   */
  expanded: string | undefined;
}

/** One `[name]` header and the lines under it; a section written twice appears twice. */
export interface IniSection {
  name: string;
  /** The whole header, brackets included; undefined for OpenSSL's implicit default section before the first header. */
  headerSpan: Span | undefined;
  nameSpan: Span;
  /** From the header to the end of the section's last non-blank line. */
  span: Span;
  entries: IniEntry[];
}

/** An OpenSSL directive line: `.include path`, `.pragma name:value`. */
export interface IniDirective {
  name: string;
  value: string;
  valueSpan: Span;
  span: Span;
}

export interface IniDocument {
  dialect: IniDialect;
  sections: IniSection[];
  directives: IniDirective[];
  comments: Span[];
}

/** The section blocks with this name, in text order. */
export function sectionsNamed(doc: IniDocument, name: string): IniSection[] {
  return doc.sections.filter((section) => section.name === name);
}

const sectionNames = new WeakMap<IniDocument, Set<string>>();

/** Whether a section of that name exists; the names are gathered once per document, as rules ask for many. */
export function hasSection(doc: IniDocument, name: string): boolean {
  let names = sectionNames.get(doc);
  if (!names) {
    names = new Set(doc.sections.map((section) => section.name));
    sectionNames.set(doc, names);
  }
  return names.has(name);
}

/** Every entry stored in a section, in text order (OpenSSL's `section::key` entries included). */
/**
 * Each parsed document's entries by section, built on first use: rules look sections up once per section, and
 * scanning every entry each time made files of thousands of sections quadratic. Parsed documents never change.
 */
const entriesBySection = new WeakMap<IniDocument, Map<string, IniEntry[]>>();

export function entriesOf(doc: IniDocument, section: string): IniEntry[] {
  let index = entriesBySection.get(doc);
  if (!index) {
    index = new Map();
    for (const entry of allEntries(doc)) {
      const list = index.get(entry.section);
      if (list) {
        list.push(entry);
      } else {
        index.set(entry.section, [entry]);
      }
    }
    entriesBySection.set(doc, index);
  }
  return [...(index.get(section) ?? [])];
}

const entriesInOrder = new WeakMap<IniDocument, IniEntry[]>();

export function allEntries(doc: IniDocument): IniEntry[] {
  let entries = entriesInOrder.get(doc);
  if (!entries) {
    entries = doc.sections.flatMap((section) => section.entries);
    entriesInOrder.set(doc, entries);
  }
  return entries;
}

/** The entry that holds a key's value: the last one written (later lines replace earlier ones). */
export function lastEntry(doc: IniDocument, section: string, name: string): IniEntry | undefined {
  const found = entriesOf(doc, section).filter((entry) => entry.name === name);
  return found[found.length - 1];
}

/** The entry whose key or value holds `offset`. */
export function entryAt(doc: IniDocument, offset: number): IniEntry | undefined {
  return allEntries(doc).find((entry) => entry.span.start <= offset && offset <= entry.span.end);
}

/** The section header holding `offset`. */
export function sectionHeaderAt(doc: IniDocument, offset: number): IniSection | undefined {
  return doc.sections.find((section) => section.headerSpan !== undefined && section.headerSpan.start <= offset && offset <= section.headerSpan.end);
}
