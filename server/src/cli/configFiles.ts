/** Config files from the CLI's side: `--config <file>`, the per-folder lookup, and how their problems are printed. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig, LoadedConfig, parseConfig } from '../core/config';
import { lineStarts, positionOf } from '../core/text';
import { WorkspaceView } from '../core/workspace';
import { vocabulary } from '../linter';
import { displayPath } from './paths';

/** `file:line:col: message` for each problem, the way compilers print them. */
export function describeConfigProblems(loaded: LoadedConfig, text: string, cwd: string): string[] {
  const starts = lineStarts(text);
  const name = loaded.path === undefined ? '<config>' : displayPath(loaded.path, cwd);
  return loaded.problems.map((problem) => {
    const { line, column } = positionOf(starts, problem.span.start);
    return `${name}:${line}:${column}: ${problem.message}`;
  });
}

export type ExplicitConfig = { ok: true; loaded: LoadedConfig } | { ok: false; messages: string[] };

/** Loads the file given to `--config`; any problem in it stops the run. */
export function loadExplicitConfig(file: string, cwd: string): ExplicitConfig {
  const absolute = path.resolve(cwd, file);
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    return { ok: false, messages: [`${file}: the config file ${reason}`] };
  }
  const loaded: LoadedConfig = { path: absolute, ...parseConfig(text, absolute, vocabulary) };
  return loaded.problems.length > 0 ? { ok: false, messages: describeConfigProblems(loaded, text, cwd) } : { ok: true, loaded };
}

/** The looked-up config of each file, loaded once per folder. */
export function configLookup(workspace: WorkspaceView): (filePath: string) => LoadedConfig {
  const byFolder = new Map<string, LoadedConfig>();
  return (filePath) => {
    const folder = path.dirname(filePath);
    let loaded = byFolder.get(folder);
    if (!loaded) {
      loaded = loadConfig(filePath, workspace, vocabulary);
      byFolder.set(folder, loaded);
    }
    return loaded;
  };
}
