/** The fail2ban jail format: where jail files live, how to recognise one by content, its parser and hovers. */
import { FormatDefinition, KeyDescription } from '../../core/format';
import { entryAt, IniDocument, sectionHeaderAt } from '../ini/model';
import { parseIni } from '../ini/parser';
import { FAIL2BAN_OPTIONS, FAIL2BAN_SECTIONS } from './options';

/** Options only jail files set, at the start of a line. */
const JAIL_OPTION = /^(enabled|bantime|findtime|maxretry|logpath|banaction|backend)\s*[=:]/m;

/** A section header and jail options, and no markup that would make it an Apache or XML file. */
function looksLikeJails(text: string): boolean {
  return /^\[[^\]\r\n]+\]/m.test(text) && JAIL_OPTION.test(text) && !/^\s*</m.test(text);
}

function describeAt(model: IniDocument, offset: number): KeyDescription | undefined {
  const header = sectionHeaderAt(model, offset);
  if (header) {
    const text = FAIL2BAN_SECTIONS[header.name];
    return text === undefined ? undefined : { markdown: `**[${header.name}]** — ${text}`, span: header.nameSpan };
  }
  const entry = entryAt(model, offset);
  if (!entry || offset > entry.keySpan.end) {
    return undefined;
  }
  const text = FAIL2BAN_OPTIONS[entry.name];
  return text === undefined ? undefined : { markdown: `**${entry.name}** (fail2ban) — ${text}`, span: entry.keySpan };
}

export const fail2banFormat: FormatDefinition<IniDocument> = {
  id: 'fail2ban',
  title: 'fail2ban jail',
  languageIds: ['fail2ban'],
  pathPatterns: ['**/fail2ban/jail.{conf,local}', '**/fail2ban/jail.d/*.{conf,local}'],
  candidatePatterns: ['**/jail.{conf,local}', '**/jail.d/*.{conf,local}', '**/*.local', '**/*jail*.conf'],
  sniff: looksLikeJails,
  parse: (text) => parseIni(text, 'fail2ban'),
  comment: { line: '#' },
  describeAt,
};
