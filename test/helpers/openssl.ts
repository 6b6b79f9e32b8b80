/** The real `openssl` as a test oracle, and snapshots of a folder to prove a refused run changed nothing. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findTool } from './tools';

export interface ToolRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The openssl binary, or undefined when it is not installed (the tests using it are then skipped, or fail under CI). */
export const OPENSSL = findTool('openssl');

export function openssl(args: string[], cwd: string): ToolRun {
  const child = spawnSync(OPENSSL ?? 'openssl', args, { cwd, encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** Runs openssl and fails the test with its error output unless it succeeds. */
export function opensslOk(args: string[], cwd: string): string {
  const run = openssl(args, cwd);
  if (run.status !== 0) {
    throw new Error(`openssl ${args.join(' ')} failed (${String(run.status)}):\n${run.stderr}`);
  }
  return run.stdout;
}

/** Every entry of a folder (hidden ones too) with its mode and content: equal snapshots mean nothing changed. */
export function snapshot(folder: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of fs.readdirSync(folder).sort()) {
    const file = path.join(folder, name);
    const stat = fs.statSync(file);
    entries[name] = `${(stat.mode & 0o777).toString(8)} ${stat.isFile() ? fs.readFileSync(file, 'base64') : '<folder>'}`;
  }
  return entries;
}

export function modeOf(file: string): number {
  return fs.statSync(file).mode & 0o777;
}
