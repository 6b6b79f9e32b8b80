/** Entries of an openssl.cnf whose value OpenSSL keeps (a later line with the same key replaces an earlier one). */
import { allEntries, IniDocument, IniEntry, lastEntry } from '../ini/model';

export function liveEntriesNamed(doc: IniDocument, name: string): IniEntry[] {
  return allEntries(doc).filter((entry) => entry.name === name && lastEntry(doc, entry.section, name) === entry);
}

/** A whole decimal number, or undefined. */
export function integerOf(value: string | undefined): number | undefined {
  return value !== undefined && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
}
