/** The real programs used as test oracles (fail2ban-client, openssl, apache2, xmllint): found on PATH or in the sbin folders, run with a time limit. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { requireOrSkip } from './paths';

const EXTRA_FOLDERS = ['/usr/sbin', '/sbin', '/usr/local/sbin', '/usr/bin', '/bin'];

/** The absolute path of an executable, or undefined when it is not installed. */
export function findTool(name: string): string | undefined {
  const folders = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), ...EXTRA_FOLDERS];
  for (const folder of folders) {
    const candidate = path.join(folder, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) {
        return candidate;
      }
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

/** The tool's path; skips the suite when it is missing on a developer machine, fails under CI=true. */
export function requireTool(context: Mocha.Context, name: string, debianPackage: string): string {
  const found = findTool(name);
  requireOrSkip(context, found !== undefined, `${name} (Debian package ${debianPackage})`);
  return found as string;
}

export interface ToolRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a tool without a shell, bounded in time; a timeout shows as status null. */
export function runTool(tool: string, args: string[], timeoutMs = 20000): ToolRun {
  const child = spawnSync(tool, args, { encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, LC_ALL: 'C' } });
  return { status: child.status, stdout: child.stdout ?? '', stderr: child.stderr ?? `${child.error ?? ''}` };
}
