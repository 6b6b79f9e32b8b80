/** The Gorgone YAML format: paths it lives at, how to recognise it by content, and its parser. */
import { FormatDefinition, ParseResult } from '../../core/format';
import { asMap, get, parseYaml } from '../yaml/model';
import { describeGorgoneKey } from './keyDocs';
import { buildModel, GORGONE_TAGS, GorgoneModel, parseGorgone } from './model';

const SECTION_KEYS = ['gorgonecore', 'modules', 'tpapi'];

function holdsSections(node: ReturnType<typeof get>): boolean {
  const map = asMap(node);
  return map !== undefined && map.pairs.some((pair) => SECTION_KEYS.includes(pair.key));
}

/**
 * A top-level `gorgone:` or `configuration:` holding the Gorgone sections, the old flat layout, or the `Sipmon:` database
 * fragment; it parses the YAML to tell, so an accepted file comes with its parse (a file found by content is parsed once).
 */
function looksLikeGorgone(text: string): false | ParseResult<GorgoneModel> {
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
  return gorgone && { model: buildModel(parsed.root), problems: parsed.problems };
}

export const gorgoneFormat: FormatDefinition<GorgoneModel> = {
  id: 'gorgone',
  title: 'Gorgone YAML',
  languageIds: ['yaml'],
  pathPatterns: ['**/Sipmon-gorgone/**/*.{yaml,yml}', '**/whitelist.conf.d/*.{yaml,yml}', '**/config.d/cron.d/*.{yaml,yml}'],
  candidatePatterns: ['**/*.{yaml,yml}', '**/*.{yaml,yml}.tpl'],
  sniff: looksLikeGorgone,
  parse: parseGorgone,
  comment: { line: '#' },
  describeAt: describeGorgoneKey,
};
