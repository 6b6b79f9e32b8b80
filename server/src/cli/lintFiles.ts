/** Lints (and with `--fix`, fixes) the files the walk found, collecting reports and the problems that make the run fail. */
import * as fs from 'node:fs';
import { DEFAULT_MAX_FILE_SIZE, LoadedConfig } from '../core/config';
import { RuleSet } from '../core/engine';
import { SNIFF_LENGTH } from '../core/fileSize';
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
  /** `--max-file-size`: wins over the config files' `maxFileSize`. */
  maxFileSize?: number | undefined;
  /** The rules to run: the registry's unless given (tests). */
  ruleSet?: RuleSet | undefined;
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

/** A file's text, or only its beginning and its size when it is over the limit: an oversized file is never read whole. */
function readWithin(filePath: string, limit: number): { text: string; oversize?: number } {
  const fd = fs.openSync(filePath, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size <= limit) {
      return { text: fs.readFileSync(fd, 'utf8') };
    }
    const head = Buffer.alloc(SNIFF_LENGTH);
    const read = fs.readSync(fd, head, 0, SNIFF_LENGTH, 0);
    return { text: head.toString('utf8', 0, read), oversize: size };
  } finally {
    fs.closeSync(fd);
  }
}

function notLinted(name: string): string {
  return `${name}: skipped: not recognised as a Sipmon configuration file, or ignored by the configuration.`;
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
    const config = options.maxFileSize === undefined ? loaded : { ...loaded, config: { ...loaded.config, maxFileSize: options.maxFileSize } };
    // The file's own text comes from memory, so cross-file rules see it as fixed so far.
    const lintText = (text: string, size?: number): FileResult | undefined =>
      lintFile({ path: file.path, text, size, workspace: workspaceOf({ [file.path]: text }, disk), config, ruleSet: options.ruleSet });

    let read: { text: string; oversize?: number };
    try {
      read = readWithin(file.path, config.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    } catch (error) {
      // A walked file matters only if it would be linted: unreadable strangers (say /etc/shadow) are none of our business.
      if (file.explicit || lintText('') !== undefined) {
        outcome.problems.push(`${name}: cannot read the file: ${reason(error)}`);
      }
      continue;
    }
    if (read.oversize !== undefined) {
      const skipped = lintText(read.text, read.oversize);
      if (skipped) {
        outcome.reports.push({ file: name, absolutePath: file.path, format: skipped.format, findings: reportFindings(read.text, skipped.findings) });
      } else if (file.explicit) {
        outcome.notices.push(notLinted(name));
      }
      continue;
    }

    const original = read.text;
    let { text, result } = options.fix ? fixUntilStable(original, lintText) : { text: original, result: lintText(original) };
    if (!result) {
      if (file.explicit) {
        outcome.notices.push(notLinted(name));
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
    // One line per rule and file: a rule fails at most once per lint, and only the last lint of a --fix loop is reported.
    for (const engineError of result.engineErrors) {
      outcome.problems.push(`${name}: rule ${engineError.ruleId} failed: ${engineError.message}`);
    }
    outcome.reports.push({ file: name, absolutePath: file.path, format: result.format, findings: reportFindings(text, result.findings) });
  }
  return outcome;
}
