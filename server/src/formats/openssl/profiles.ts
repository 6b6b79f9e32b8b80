/** Edits that add server-certificate settings: a key at the end of a section, or a whole [ v3_server ] section. */
import { Edit } from '../../core/types';
import { appendSection, insertEntries } from '../ini/edits';
import { IniDocument, IniSection, sectionsNamed } from '../ini/model';
import { SERVER_PROFILE, SERVER_SECTION } from './certificate';

/** The last block of a section: new keys go at its end. */
export function lastBlock(doc: IniDocument, name: string): IniSection | undefined {
  const blocks = sectionsNamed(doc, name);
  return blocks[blocks.length - 1];
}

/** Adds `key = value` lines at the end of a section. */
export function addToSection(doc: IniDocument, text: string, name: string, lines: string[]): Edit | undefined {
  const block = lastBlock(doc, name);
  return block ? insertEntries(text, block, lines) : undefined;
}

/** A new `[ v3_server ]` section at the end of the file: CA:FALSE, server key usages, serverAuth, and the given subjectAltName. */
export function appendServerSection(text: string, subjectAltName: string): Edit {
  return appendSection(text, `[ ${SERVER_SECTION} ]`, [...SERVER_PROFILE, `subjectAltName = ${subjectAltName}`]);
}
