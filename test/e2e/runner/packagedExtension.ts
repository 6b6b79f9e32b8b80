/** The extension as users get it: `npm run package` (which bundles first), then the .vsix unpacked for the editor to load. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './paths';

const PACKAGE_TIMEOUT_MS = 5 * 60_000;

export interface PackagedExtension {
  /** The unpacked `extension/` folder of the .vsix: what `extensionDevelopmentPath` names. */
  folder: string;
  vsixBytes: number;
  remove(): void;
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: PACKAGE_TIMEOUT_MS });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`);
  }
}

export function packageExtension(): PackagedExtension {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-e2e-vsix-'));
  try {
    const vsix = path.join(root, 'sipmon-config-lint.vsix');
    // The package script's own options; only the output moves (vsce keeps the last -o).
    run('npm', ['run', 'package', '--silent', '--', '-o', vsix], repoRoot);
    run('unzip', ['-q', vsix, 'extension/*', '-d', root], root);
    return { folder: path.join(root, 'extension'), vsixBytes: fs.statSync(vsix).size, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
  } catch (error) {
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
}
