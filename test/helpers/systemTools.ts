/** Finds an external program (xmllint, openssl…) on PATH or in the sbin folders, for the real-tool tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Folders searched after PATH: Debian installs some tools there, outside a normal user's PATH. */
const EXTRA_FOLDERS = ['/usr/sbin', '/sbin', '/usr/local/sbin'];

/** The absolute path of an executable `name`, or undefined when it is not installed. */
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
