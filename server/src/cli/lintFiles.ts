/** Lints (and with `--fix`, fixes) the files the walk found, collecting reports and the problems that make the run fail. */
import * as fs from 'node:fs';
import { LoadedConfig } from '../core/config';
import { workspaceOf } from '../core/workspace';
import { FileResult, lintFile } from '../linter';
import { configLookup, describeConfigProblems } from './configFiles';
import { fixUntilStable } from './fix';
import { fileSystemWorkspace } from './fsWorkspace';
import { displayPath } from './paths';
import { FileReport, reportFindings } from './report';
import { FoundFile } from './walk';

export interface LintFilesOptions {
  cwd: string;
  fix: boolean;
  /** The `--config` file, replacing the lookup. */
  config: LoadedConfig | undefined;
}

export interface LintFilesOutcome {
  reports: FileReport[];
  /** I/O, configuration and engine problems: printed on stderr, and the exit code is 2. */
  problems: string[];
  /** Worth telling, but not a failure (an explicitly named file that is not linted). */
  notices: string[];
}

/** Rewrites an existing file in place: never creates one, and keeps its owner and mode (a rename would not). */
function overwrite(filePath: string, text: string): void {
  const fd = fs.openSync(filePath, 'r+');
  try {
    fs.ftruncateSync(fd, 0);
    fs.writeFileSync(fd, text, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : error instanceof Error ? error.message : String(error);
}

export function lintFiles(files: readonly FoundFile[], options: LintFilesOptions): LintFilesOutcome {
  const outcome: LintFilesOutcome = { reports: [], problems: [], notices: [] };
  const disk = fileSystemWorkspace();
  const configFor = configLookup(disk);
  const reportedConfigs = new Set<string>();

  for (const file of files) {
    const name = displayPath(file.path, options.cwd);
    const loaded = options.config ?? configFor(file.path);
    if (loaded.problems.length > 0) {
      // A broken config could leave on a rule the user meant to switch off: lint nothing under it.
      if (loaded.path !== undefined && !reportedConfigs.has(loaded.path)) {
        reportedConfigs.add(loaded.path);
        outcome.problems.push(...describeConfigProblems(loaded, disk.readFile(loaded.path) ?? '', options.cwd));
      }
      continue;
    }
    // The file's own text comes from memory, so cross-file rules see it as fixed so far.
    const lintText = (text: string): FileResult | undefined =>
      lintFile({ path: file.path, text, workspace: workspaceOf({ [file.path]: text }, disk), config: loaded });

    let original: string;
    try {
      original = fs.readFileSync(file.path, 'utf8');
    } catch (error) {
      // A walked file matters only if it would be linted: unreadable strangers (say /etc/shadow) are none of our business.
      if (file.explicit || lintText('') !== undefined) {
        outcome.problems.push(`${name}: cannot read the file: ${reason(error)}`);
      }
      continue;
    }

    let { text, result } = options.fix ? fixUntilStable(original, lintText) : { text: original, result: lintText(original) };
    if (!result) {
      if (file.explicit) {
        outcome.notices.push(`${name}: skipped: not recognised as a Sipmon configuration file, or ignored by the configuration.`);
      }
      continue;
    }
    if (text !== original) {
      try {
        overwrite(file.path, text);
        disk.wrote(file.path, text);
      } catch (error) {
        outcome.problems.push(`${name}: cannot write the fixed file: ${reason(error)}`);
        text = original;
        result = lintText(original) ?? result;
      }
    }
    for (const engineError of result.engineErrors) {
      outcome.problems.push(`${name}: rule ${engineError.ruleId} failed: ${engineError.message}`);
    }
    outcome.reports.push({ file: name, absolutePath: file.path, format: result.format, findings: reportFindings(text, result.findings) });
  }
  return outcome;
}
