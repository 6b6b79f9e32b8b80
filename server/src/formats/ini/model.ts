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

/**
 * Each parsed document's sections and entries by name, built on first use: rules look names up once per
 * section or reference, and scanning the whole document each time made files of thousands of sections
 * quadratic. Parsed documents never change.
 */
interface DocumentIndex {
  sectionsByName: Map<string, IniSection[]>;
  /** Entries by the section they are stored in (OpenSSL's `section::key` entries included). */
  entriesBySection: Map<string, IniEntry[]>;
  /** Every entry, in text order. */
  entries: IniEntry[];
}

const indexes = new WeakMap<IniDocument, DocumentIndex>();

function add<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) {
    list.push(item);
  } else {
    map.set(key, [item]);
  }
}

function indexOf(doc: IniDocument): DocumentIndex {
  let index = indexes.get(doc);
  if (!index) {
    index = { sectionsByName: new Map(), entriesBySection: new Map(), entries: [] };
    for (const section of doc.sections) {
      add(index.sectionsByName, section.name, section);
      for (const entry of section.entries) {
        index.entries.push(entry);
        add(index.entriesBySection, entry.section, entry);
      }
    }
    indexes.set(doc, index);
  }
  return index;
}

/** The section blocks with this name, in text order. */
export function sectionsNamed(doc: IniDocument, name: string): IniSection[] {
  return [...(indexOf(doc).sectionsByName.get(name) ?? [])];
}

/** Whether a section of that name exists. */
export function hasSection(doc: IniDocument, name: string): boolean {
  return indexOf(doc).sectionsByName.has(name);
}

/** Every entry stored in a section, in text order (OpenSSL's `section::key` entries included). */
export function entriesOf(doc: IniDocument, section: string): IniEntry[] {
  return [...(indexOf(doc).entriesBySection.get(section) ?? [])];
}

/** Every entry, in text order; shared, so never to be changed. */
export function allEntries(doc: IniDocument): readonly IniEntry[] {
  return indexOf(doc).entries;
}

/** The entry that holds a key's value: the last one written (later lines replace earlier ones). */
export function lastEntry(doc: IniDocument, section: string, name: string): IniEntry | undefined {
  const entries = indexOf(doc).entriesBySection.get(section) ?? [];
  for (let at = entries.length - 1; at >= 0; at--) {
    if (entries[at].name === name) {
      return entries[at];
    }
  }
  return undefined;
}

/** The entry whose key or value holds `offset`. */
export function entryAt(doc: IniDocument, offset: number): IniEntry | undefined {
  return allEntries(doc).find((entry) => entry.span.start <= offset && offset <= entry.span.end);
}

/** The section header holding `offset`. */
export function sectionHeaderAt(doc: IniDocument, offset: number): IniSection | undefined {
  return doc.sections.find((section) => section.headerSpan !== undefined && section.headerSpan.start <= offset && offset <= section.headerSpan.end);
}
