/** The Gorgone YAML format: paths it lives at, how to recognise it by content, and its parser. */
import { FormatDefinition } from '../../core/format';
import { asMap, get, ParsedYaml, parseYaml } from '../yaml/model';
import { describeGorgoneKey } from './keyDocs';
import { buildModel, GORGONE_TAGS, GorgoneModel, parseGorgone } from './model';

const SECTION_KEYS = ['gorgonecore', 'modules', 'tpapi'];

function holdsSections(node: ReturnType<typeof get>): boolean {
  const map = asMap(node);
  return map !== undefined && map.pairs.some((pair) => SECTION_KEYS.includes(pair.key));
}

/** The YAML of the last text the sniffer accepted: the lint that follows detection parses that very text. */
let accepted: { text: string; parsed: ParsedYaml } | undefined;

/** A top-level `gorgone:` or `configuration:` holding the Gorgone sections, the old flat layout, or the `Sipmon:` database fragment. */
function looksLikeGorgone(text: string): boolean {
  accepted = undefined;
  if (!/^(gorgone|configuration|gorgonecore|Sipmon)\s*:/m.test(text)) {
    return false;
  }
  const parsed = parseYaml(text, { scalarTags: GORGONE_TAGS });
  const root = asMap(parsed.root);
  const configuration = get(root, 'configuration');
  const gorgone = holdsSections(get(root, 'gorgone'))
    || holdsSections(configuration)
    || holdsSections(get(asMap(configuration), 'gorgone'))
    || get(root, 'gorgonecore') !== undefined
    || asMap(get(root, 'Sipmon'))?.pairs.some((pair) => pair.key === 'database') === true
    || get(root, 'Sipmon')?.tag === '!include';
  if (gorgone) {
    accepted = { text, parsed };
  }
  return gorgone;
}

/** Parses a Gorgone file, taking the sniffer's parse when it was of this text (a file found by content is parsed once). */
function parseOnce(text: string): ReturnType<typeof parseGorgone> {
  const sniffed = accepted?.text === text ? accepted.parsed : undefined;
  accepted = undefined;
  return sniffed ? { model: buildModel(sniffed.root), problems: sniffed.problems } : parseGorgone(text);
}

export const gorgoneFormat: FormatDefinition<GorgoneModel> = {
  id: 'gorgone',
  title: 'Gorgone YAML',
  languageIds: ['yaml'],
  pathPatterns: ['**/Sipmon-gorgone/**/*.{yaml,yml}', '**/whitelist.conf.d/*.{yaml,yml}', '**/config.d/cron.d/*.{yaml,yml}'],
  candidatePatterns: ['**/*.{yaml,yml}', '**/*.{yaml,yml}.tpl'],
  sniff: looksLikeGorgone,
  parse: parseOnce,
  comment: { line: '#' },
  describeAt: describeGorgoneKey,
};
