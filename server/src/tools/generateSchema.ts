/**
 * Generates what the manifest derives from the registries: schemas/sipmonlint.schema.json (rule ids, levels,
 * format ids of `.sipmonlint.json`) and the format ids of `sipmon.files.associations` in package.json.
 * Usage: node out/server/src/tools/generateSchema.js [--check]   (--check writes nothing; exits 1 when stale)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { DEFAULT_MAX_FILE_SIZE, defaultSettings, RuleLevel, TLS_PROFILES } from '../core/config';
import { RuleMeta } from '../core/rule';
import { packageRoot } from '../docs';
import { formats } from '../formats';
import { allRules } from '../rules';

/** Typed as a record so that a new level cannot be left out of the schema. */
const LEVELS: Record<RuleLevel, true> = { error: true, warning: true, info: true, off: true };

export const SCHEMA_FILE = 'schemas/sipmonlint.schema.json';
export const MANIFEST_FILE = 'package.json';
const ASSOCIATION_FORMATS_PATH = ['contributes', 'configuration', 'properties', 'sipmon.files.associations', 'additionalProperties', 'enum'];

export function buildSchema(rules: readonly RuleMeta[], formatIds: readonly string[]): object {
  const levels = Object.keys(LEVELS);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Sipmon Config Lint configuration',
    description: 'The .sipmonlint.json / .sipmonlint.yaml file: rule severities, ignored files, format associations, the TLS profile and the file size limit. It applies to the files of its folder and below.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Severity per rule id: "error", "warning", "info", or "off" to turn the rule off.',
        type: 'object',
        properties: Object.fromEntries(rules.map((rule) => [rule.id, { description: `${rule.description} Default: ${rule.severity}.`, enum: levels }])),
        additionalProperties: false,
      },
      ignores: {
        description: 'Globs of files never linted, relative to the folder of this file.',
        type: 'array',
        items: { type: 'string' },
      },
      associations: {
        description: 'Glob (relative to the folder of this file) → format id, for Sipmon files at paths the linter does not recognise.',
        type: 'object',
        additionalProperties: { enum: [...formatIds] },
      },
      tlsProfile: {
        description: 'The Mozilla Server Side TLS configuration (guideline 6.0) the TLS rules and their fixes follow: "intermediate" (TLS 1.2 and 1.3) or "modern" (TLS 1.3 only). It wins over the editor setting sipmon.tlsProfile.',
        enum: [...TLS_PROFILES],
        default: defaultSettings.tlsProfile,
      },
      maxFileSize: {
        description: `Files larger than this many bytes are not checked: they get one sipmon/file-too-large finding instead of being parsed. Default: ${DEFAULT_MAX_FILE_SIZE} (5 MB). It wins over the editor setting sipmon.maxFileSize; the command line's --max-file-size wins over it.`,
        type: 'integer',
        minimum: 1,
        default: DEFAULT_MAX_FILE_SIZE,
      },
    },
    additionalProperties: false,
  };
}

/** The manifest text with `sipmon.files.associations` offering exactly the given format ids; the rest of the text is untouched. */
export function withAssociationFormats(manifest: string, formatIds: readonly string[]): string {
  const edits = modify(manifest, ASSOCIATION_FORMATS_PATH, [...formatIds], { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } });
  return applyEdits(manifest, edits);
}

/** Each generated file with the text it should have, given the current registries. */
export function generatedFiles(root: string = packageRoot): { file: string; expected: string }[] {
  const formatIds = formats.map((format) => format.id);
  const manifest = fs.readFileSync(path.join(root, MANIFEST_FILE), 'utf8');
  return [
    { file: SCHEMA_FILE, expected: `${JSON.stringify(buildSchema(allRules, formatIds), null, 2)}\n` },
    { file: MANIFEST_FILE, expected: withAssociationFormats(manifest, formatIds) },
  ];
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function main(args: string[]): number {
  const check = args.includes('--check');
  let stale = 0;
  for (const { file, expected } of generatedFiles()) {
    const absolute = path.join(packageRoot, file);
    if (readIfExists(absolute) === expected) {
      continue;
    }
    if (check) {
      stale += 1;
      console.error(`${file} is stale: run node out/server/src/tools/generateSchema.js`);
    } else {
      fs.mkdirSync(path.dirname(absolute), { recursive: true });
      fs.writeFileSync(absolute, expected);
      console.log(`wrote ${file}`);
    }
  }
  return stale === 0 ? 0 : 1;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
