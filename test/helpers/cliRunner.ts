/** Runs the real `sipmon-lint` launcher in a child process over temporary file trees. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { packageRoot } from '../../server/src/docs';

export const BIN = path.join(packageRoot, 'bin', 'sipmon-lint.js');

export const GORGONE_PATH = 'etc/Sipmon-gorgone/config.d/40-gorgoned.yaml';
export const INSECURE_GORGONE = 'gorgone:\n  gorgonecore:\n    fingerprint_mode: always\n';
export const HARDENED_GORGONE = 'gorgone:\n  gorgonecore:\n    fingerprint_mode: strict\n';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Creates a temporary folder holding `files` (relative path → text); its real path, so outputs compare cleanly. */
export function makeTree(files: Record<string, string>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-lint-')));
  for (const [relative, text] of Object.entries(files)) {
    const target = path.join(root, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
  return root;
}

/** Call inside a suite: returns a maker of trees that are removed after each test. */
export function temporaryTrees(): (files: Record<string, string>) => string {
  const made: string[] = [];
  teardown(() => {
    for (const root of made.splice(0)) {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
  return (files) => {
    const root = makeTree(files);
    made.push(root);
    return root;
  };
}

export function readTreeFile(root: string, relative: string): string {
  return fs.readFileSync(path.join(root, relative), 'utf8');
}

/**
 * The command line that runs the CLI without the power to bypass file permissions, for checks that root would
 * pass through (unreadable files, locked folders): as root, under `setpriv` with the DAC capabilities dropped
 * (same user, so the checkout stays readable wherever it is); otherwise as it is.
 */
export function unprivileged(command: string[]): string[] {
  return process.getuid?.() === 0 ? ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', '--', ...command] : command;
}

/** Runs the launcher in `cwd`; `asUser` drops root's power over file permissions. */
export function runCli(cwd: string, args: string[] = [], asUser = false): CliRun {
  const command = [process.execPath, BIN, ...args];
  const [program, ...rest] = asUser ? unprivileged(command) : command;
  const child = spawnSync(program, rest, { cwd, encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

export interface JsonEntry {
  file: string;
  format: string;
  findings: {
    ruleId: string;
    severity: string;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    fixable: boolean;
  }[];
}

/** Runs with `--format json` and parses the output. */
export function runJson(cwd: string, args: string[] = []): CliRun & { entries: JsonEntry[] } {
  const run = runCli(cwd, ['--format', 'json', ...args]);
  return { ...run, entries: JSON.parse(run.stdout) as JsonEntry[] };
}
