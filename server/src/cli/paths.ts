/** How the CLI names files to the user: relative to the current folder when under it, absolute otherwise. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

/** The real path, or the path itself when it cannot be resolved (the caller reports the I/O problem later). */
export function realPathOf(filePath: string): string {
  try {
    return fs.realpathSync(filePath);
  } catch {
    return filePath;
  }
}
