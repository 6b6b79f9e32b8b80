/** Turns the paths on the command line into the files to lint: folders walked in sorted order, each file once. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { displayPath, realPathOf } from './paths';

/** Folders never entered when walking (they may still be named explicitly). */
const SKIPPED_NAMES = new Set(['node_modules', '.git']);

export interface FoundFile {
  /** Absolute path, as walked (symbolic links are not resolved, so path-based detection sees what the user sees). */
  path: string;
  /** Named on the command line rather than found by walking. */
  explicit: boolean;
}

export interface WalkResult {
  files: FoundFile[];
  /** I/O problems, one message each (missing paths, unreadable folders). */
  problems: string[];
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return 'no such file or folder';
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return 'permission denied';
  }
  return error instanceof Error ? error.message : String(error);
}

/** Collects the files under `args` (resolved against `cwd`). */
export function collectFiles(args: readonly string[], cwd: string): WalkResult {
  const files: FoundFile[] = [];
  const problems: string[] = [];
  // Real paths already taken: a folder reached twice (a symlink loop, overlapping arguments) is walked once, a file linted once.
  const seenFolders = new Set<string>();
  const seenFiles = new Set<string>();

  const addFile = (filePath: string, explicit: boolean) => {
    const real = realPathOf(filePath);
    if (!seenFiles.has(real)) {
      seenFiles.add(real);
      files.push({ path: filePath, explicit });
    }
  };

  const walk = (folder: string) => {
    const real = realPathOf(folder);
    if (seenFolders.has(real)) {
      return;
    }
    seenFolders.add(real);
    let names: string[];
    try {
      names = fs.readdirSync(folder).sort();
    } catch (error) {
      problems.push(`${displayPath(folder, cwd)}: cannot read the folder: ${describe(error)}`);
      return;
    }
    for (const name of names) {
      if (SKIPPED_NAMES.has(name)) {
        continue;
      }
      const child = path.join(folder, name);
      let stats: fs.Stats;
      try {
        stats = fs.statSync(child);
      } catch {
        // A dangling symbolic link, or an entry removed meanwhile: nothing to lint.
        continue;
      }
      if (stats.isDirectory()) {
        walk(child);
      } else if (stats.isFile()) {
        addFile(child, false);
      }
      // Sockets, FIFOs and devices are skipped: reading them could block or never end.
    }
  };

  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stats: fs.Stats;
    try {
      stats = fs.statSync(absolute);
    } catch (error) {
      problems.push(`${arg}: ${describe(error)}`);
      continue;
    }
    if (stats.isDirectory()) {
      walk(absolute);
    } else if (stats.isFile()) {
      addFile(absolute, true);
    } else {
      problems.push(`${arg}: not a file or folder`);
    }
  }
  return { files, problems };
}
