/** One file, start to finish: its config, its format, whether it is ignored, and its findings. */
import { ConfigProblem, emptyConfig, isConfigFilePath, isIgnored, LintConfig, loadConfig, LoadedConfig, mergeConfig } from './core/config';
import { detectFormat } from './core/detect';
import { lint, LintResult } from './core/engine';
import { ParseResult } from './core/format';
import { WorkspaceView } from './core/workspace';
import { formats } from './formats';
import { ruleSet } from './rules';

export interface LintFileInput {
  /** Absolute path; undefined for an unsaved buffer. */
  path: string | undefined;
  text: string;
  languageId?: string;
  workspace: WorkspaceView;
  /** Editor settings or CLI flags, layered over the config file (`settings.tlsProfile`: the editor's TLS profile). */
  override?: Partial<LintConfig>;
  /** A config already loaded for this file (the caller's cache); looked up otherwise. */
  config?: LoadedConfig;
  parsed?: ParseResult<unknown>;
  newSecret?: () => string;
}

export interface FileResult extends LintResult {
  configPath: string | undefined;
  configProblems: ConfigProblem[];
}

export const vocabulary = {
  ruleIds: new Set(ruleSet.byId.keys()),
  formatIds: new Set(formats.map((format) => format.id)),
};

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
  const format = detectFormat({ path: input.path, text: input.text, languageId: input.languageId }, formats, config);
  if (!format) {
    return undefined;
  }
  const result = lint({ text: input.text, path: input.path, format, ruleSet, config, workspace: input.workspace, parsed: input.parsed, newSecret: input.newSecret });
  return { ...result, configPath: loaded?.path, configProblems: loaded?.problems ?? [] };
}
