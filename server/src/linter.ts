/** One file, start to finish: its config, its format, whether it is ignored, and its findings. */
import { ConfigProblem, DEFAULT_MAX_FILE_SIZE, emptyConfig, isConfigFilePath, isIgnored, LintConfig, loadConfig, LoadedConfig, mergeConfig } from './core/config';
import { detectFormat } from './core/detect';
import { lint, LintResult, RuleSet, ruleLevel } from './core/engine';
import { FILE_TOO_LARGE_ID, fileTooLargeFinding, SNIFF_LENGTH } from './core/fileSize';
import { ParseResult } from './core/format';
import { WorkspaceView } from './core/workspace';
import { formats } from './formats';
import { ruleSet } from './rules';

export interface LintFileInput {
  /** Absolute path; undefined for an unsaved buffer. */
  path: string | undefined;
  /** The file's text; may be only its beginning when `size` is given and over the limit (sniffers read {@link SNIFF_LENGTH} characters). */
  text: string;
  /** The file's size in bytes, when the caller knows it without reading the file (the CLI's stat); measured from `text` otherwise. */
  size?: number;
  languageId?: string;
  workspace: WorkspaceView;
  /** Editor settings or CLI flags, layered over the config file (`settings.tlsProfile`: the editor's TLS profile). */
  override?: Partial<LintConfig>;
  /** A config already loaded for this file (the caller's cache); looked up otherwise. */
  config?: LoadedConfig;
  parsed?: ParseResult<unknown>;
  newSecret?: () => string;
  /** The rules to run: the registry's unless given (tests add a rule of their own). */
  ruleSet?: RuleSet;
}

export interface FileResult extends LintResult {
  configPath: string | undefined;
  configProblems: ConfigProblem[];
  /** Over the size limit: not parsed, its only finding (unless switched off) is `sipmon/file-too-large`. */
  tooLarge: boolean;
}

export const vocabulary = {
  ruleIds: new Set(ruleSet.byId.keys()),
  formatIds: new Set(formats.map((format) => format.id)),
};

/** The file's size in UTF-8 bytes, measured only when its length in UTF-16 units leaves the comparison open. */
function sizeOver(text: string, limit: number): number | undefined {
  // A UTF-16 unit takes 1 to 3 bytes in UTF-8.
  if (text.length * 3 <= limit) {
    return undefined;
  }
  const size = Buffer.byteLength(text, 'utf8');
  return size > limit ? size : undefined;
}

/** Lints a file, or returns undefined when it is not a Sipmon file or the config ignores it. */
export function lintFile(input: LintFileInput): FileResult | undefined {
  if (input.path !== undefined && isConfigFilePath(input.path)) {
    return undefined;
  }
  const loaded = input.config ?? (input.path === undefined ? undefined : loadConfig(input.path, input.workspace, vocabulary));
  const config = mergeConfig(loaded?.config ?? emptyConfig, input.override ?? {});
  if (input.path !== undefined && isIgnored(input.path, config)) {
    return undefined;
  }
  const limit = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const size = input.size === undefined ? sizeOver(input.text, limit) : input.size > limit ? input.size : undefined;
  const sniffed = size === undefined ? input.text : input.text.slice(0, SNIFF_LENGTH);
  const detected = detectFormat({ path: input.path, text: sniffed, languageId: input.languageId }, formats, config);
  if (!detected) {
    return undefined;
  }
  const { format } = detected;
  const rules = input.ruleSet ?? ruleSet;
  const fileFacts = { configPath: loaded?.path, configProblems: loaded?.problems ?? [] };
  if (size !== undefined) {
    const level = ruleLevel(FILE_TOO_LARGE_ID, config, rules);
    const findings = level === 'off' ? [] : [fileTooLargeFinding(sniffed, size, limit, level)];
    return { format: format.id, findings, engineErrors: [], ...fileFacts, tooLarge: true };
  }
  const result = lint({ text: input.text, path: input.path, format, ruleSet: rules, config, workspace: input.workspace, parsed: input.parsed ?? detected.parsed, newSecret: input.newSecret });
  return { ...result, ...fileFacts, tooLarge: false };
}
