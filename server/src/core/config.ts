/** The configuration file `.sipmonlint.json` / `.sipmonlint.yaml`: lookup, parsing, validation and merging. */
import { findNodeAtLocation, parseTree, ParseError, printParseErrorCode, getNodeValue, Node as JsonNode } from 'jsonc-parser';
import { isNode, parseDocument } from 'yaml';
import { matchesGlob, toSlashes } from './globs';
import { Severity, Span } from './types';
import { WorkspaceView } from './workspace';

export type RuleLevel = Severity | 'off';

/** The Mozilla Server Side TLS configurations (guideline 6.0) the TLS rules and fixes can follow. */
export const TLS_PROFILES = ['intermediate', 'modern'] as const;
export type TlsProfile = (typeof TLS_PROFILES)[number];

/** Options every rule may read. */
export interface RuleSettings {
  tlsProfile: TlsProfile;
}

export const defaultSettings: Readonly<RuleSettings> = { tlsProfile: 'intermediate' };

/** Files larger than this many bytes (UTF-8, as on disk) are not parsed: one `sipmon/file-too-large` finding instead. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Whether a value is a usable `maxFileSize`: a whole number of bytes, at least 1. */
export function isMaxFileSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

export interface LintConfig {
  /** Severity per rule id, or `off`. */
  rules: Record<string, RuleLevel>;
  /** Globs of files never linted. */
  ignores: string[];
  /** Glob → format id, for files the built-in detection does not claim. */
  associations: Record<string, string>;
  /** The folder the globs are relative to (the config file's); undefined for editor settings. */
  baseDir: string | undefined;
  /** Rule options set here; the others keep {@link defaultSettings}. */
  settings: Partial<RuleSettings>;
  /** In bytes; undefined: {@link DEFAULT_MAX_FILE_SIZE}. */
  maxFileSize: number | undefined;
}

export interface ConfigProblem {
  message: string;
  span: Span;
}

export interface LoadedConfig {
  config: LintConfig;
  /** The file it came from, when one was found. */
  path: string | undefined;
  problems: ConfigProblem[];
}

export const CONFIG_FILE_NAMES = ['.sipmonlint.json', '.sipmonlint.yaml', '.sipmonlint.yml'] as const;

/** Whether a path names a config file, which is validated as configuration, never linted as a Sipmon file. */
export function isConfigFilePath(filePath: string): boolean {
  const name = toSlashes(filePath).split('/').pop() ?? '';
  return (CONFIG_FILE_NAMES as readonly string[]).includes(name);
}

const RULE_LEVELS: readonly string[] = ['error', 'warning', 'info', 'off'];

export const emptyConfig: LintConfig = { rules: {}, ignores: [], associations: {}, baseDir: undefined, settings: {}, maxFileSize: undefined };

/** What validation checks names against. */
export interface ConfigVocabulary {
  ruleIds: ReadonlySet<string>;
  formatIds: ReadonlySet<string>;
}

function dirname(path: string): string {
  const slashed = toSlashes(path);
  const cut = slashed.lastIndexOf('/');
  return cut <= 0 ? '/' : slashed.slice(0, cut);
}

/** The nearest config file from the linted file's folder upwards. */
export function findConfigFile(filePath: string, workspace: WorkspaceView): string | undefined {
  let dir = dirname(filePath);
  for (;;) {
    const names = workspace.listDirectory(dir);
    const found = names && CONFIG_FILE_NAMES.find((name) => names.includes(name));
    if (found) {
      return dir === '/' ? `/${found}` : `${dir}/${found}`;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      return undefined;
    }
    dir = parent;
  }
}

/** Reads, from a parsed config file, the value at a path and the span to blame. */
interface ConfigSource {
  value: unknown;
  spanOf(path: (string | number)[]): Span;
}

function jsonSource(text: string, problems: ConfigProblem[]): ConfigSource | undefined {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const error of errors) {
    problems.push({ message: `Invalid JSON: ${printParseErrorCode(error.error)}`, span: { start: error.offset, end: error.offset + error.length } });
  }
  if (!tree || errors.length > 0) {
    return undefined;
  }
  const whole = { start: tree.offset, end: tree.offset + tree.length };
  return {
    value: getNodeValue(tree),
    spanOf(path) {
      const node: JsonNode | undefined = findNodeAtLocation(tree, path);
      // For a property, blame its key: that is what the user typed wrong.
      const target = node?.parent?.type === 'property' && typeof path[path.length - 1] === 'string' ? node.parent.children?.[0] ?? node : node;
      return target ? { start: target.offset, end: target.offset + target.length } : whole;
    },
  };
}

function yamlSource(text: string, problems: ConfigProblem[]): ConfigSource | undefined {
  const document = parseDocument(text, { prettyErrors: false });
  for (const error of document.errors) {
    problems.push({ message: `Invalid YAML: ${error.message.split('\n')[0]}`, span: { start: error.pos[0], end: error.pos[1] } });
  }
  if (document.errors.length > 0) {
    return undefined;
  }
  return {
    value: document.toJS({ maxAliasCount: 100 }),
    spanOf(path) {
      const node = document.getIn(path, true);
      const range = isNode(node) ? node.range : document.contents?.range;
      return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses and validates a config file's text; invalid entries are reported and left out. */
export function parseConfig(text: string, path: string, vocabulary: ConfigVocabulary): { config: LintConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: LintConfig = { rules: {}, ignores: [], associations: {}, baseDir: dirname(path), settings: {}, maxFileSize: undefined };
  const source = path.endsWith('.json') ? jsonSource(text, problems) : yamlSource(text, problems);
  if (!source) {
    return { config, problems };
  }
  const report = (where: (string | number)[], message: string) => problems.push({ message, span: source.spanOf(where) });
  const root = source.value ?? {};
  if (!isRecord(root)) {
    report([], 'The configuration must be an object with "rules", "ignores", "associations", "tlsProfile" and "maxFileSize".');
    return { config, problems };
  }
  for (const key of Object.keys(root)) {
    if (!['rules', 'ignores', 'associations', 'tlsProfile', 'maxFileSize', '$schema'].includes(key)) {
      report([key], `Unknown setting "${key}": expected "rules", "ignores", "associations", "tlsProfile" or "maxFileSize".`);
    }
  }
  if (root.rules !== undefined) {
    if (!isRecord(root.rules)) {
      report(['rules'], '"rules" must map rule ids to "error", "warning", "info" or "off".');
    } else {
      for (const [id, level] of Object.entries(root.rules)) {
        if (!vocabulary.ruleIds.has(id)) {
          report(['rules', id], `Unknown rule "${id}".`);
        } else if (typeof level !== 'string' || !RULE_LEVELS.includes(level)) {
          report(['rules', id], `"${id}" must be "error", "warning", "info" or "off".`);
        } else {
          config.rules[id] = level as RuleLevel;
        }
      }
    }
  }
  if (root.ignores !== undefined) {
    if (!Array.isArray(root.ignores)) {
      report(['ignores'], '"ignores" must be a list of globs.');
    } else {
      root.ignores.forEach((glob, index) => {
        if (typeof glob === 'string') {
          config.ignores.push(glob);
        } else {
          report(['ignores', index], 'Each entry of "ignores" must be a glob string.');
        }
      });
    }
  }
  if (root.associations !== undefined) {
    if (!isRecord(root.associations)) {
      report(['associations'], '"associations" must map globs to format ids.');
    } else {
      for (const [glob, format] of Object.entries(root.associations)) {
        if (typeof format !== 'string' || !vocabulary.formatIds.has(format)) {
          report(['associations', glob], `"${glob}" must name a format: ${[...vocabulary.formatIds].join(', ')}.`);
        } else {
          config.associations[glob] = format;
        }
      }
    }
  }
  if (root.tlsProfile !== undefined) {
    if (typeof root.tlsProfile !== 'string' || !(TLS_PROFILES as readonly string[]).includes(root.tlsProfile)) {
      report(['tlsProfile'], `"tlsProfile" must be ${TLS_PROFILES.map((profile) => `"${profile}"`).join(' or ')}.`);
    } else {
      config.settings.tlsProfile = root.tlsProfile as TlsProfile;
    }
  }
  if (root.maxFileSize !== undefined) {
    if (!isMaxFileSize(root.maxFileSize)) {
      report(['maxFileSize'], '"maxFileSize" must be a whole number of bytes, at least 1 (5 MB is 5242880).');
    } else {
      config.maxFileSize = root.maxFileSize;
    }
  }
  return { config, problems };
}

/** The config that applies to a file: the nearest config file, or none. */
export function loadConfig(filePath: string, workspace: WorkspaceView, vocabulary: ConfigVocabulary): LoadedConfig {
  const path = findConfigFile(filePath, workspace);
  const text = path === undefined ? undefined : workspace.readFile(path);
  if (path === undefined || text === undefined) {
    return { config: emptyConfig, path: undefined, problems: [] };
  }
  return { path, ...parseConfig(text, path, vocabulary) };
}

/** An override has no folder of its own, so its relative globs may match at any depth. */
function anywhere(glob: string): string {
  return glob.startsWith('/') || glob.startsWith('**') ? glob : `**/${glob}`;
}

/**
 * Layers an override (editor settings, CLI flags) on a base config; the override wins rule by rule.
 * Rule settings and `maxFileSize` go the other way: a value in the config file wins over the editor's, so the
 * editor and the command line hold a file to the same profile and limit; the editor's value applies where the
 * config file sets none.
 */
export function mergeConfig(base: LintConfig, override: Partial<LintConfig>): LintConfig {
  const associations = { ...base.associations };
  for (const [glob, format] of Object.entries(override.associations ?? {})) {
    associations[anywhere(glob)] = format;
  }
  return {
    rules: { ...base.rules, ...override.rules },
    ignores: [...base.ignores, ...(override.ignores ?? []).map(anywhere)],
    associations,
    baseDir: base.baseDir,
    settings: { ...override.settings, ...base.settings },
    maxFileSize: base.maxFileSize ?? override.maxFileSize,
  };
}

/** Whether the config says not to lint this file. */
export function isIgnored(filePath: string, config: LintConfig): boolean {
  return config.ignores.some((glob) => matchesGlob(filePath, glob, config.baseDir));
}
