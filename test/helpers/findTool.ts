/** Finds a real command-line tool for the real-tool tests: on PATH, or in the sbin folders a non-root PATH often lacks. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function findTool(name: string): string | undefined {
  const folders = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), '/usr/sbin', '/sbin', '/usr/local/sbin'];
  return folders.map((folder) => path.join(folder, name)).find((candidate) => {
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return fs.statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
}
