/** The workspace as the CLI sees it: the file system, read through node:fs. */
import * as fs from 'node:fs';
import { WorkspaceView } from '../core/workspace';

export interface CliWorkspace extends WorkspaceView {
  /** Records the text `--fix` wrote to a file, so that its neighbours see the fixed text. */
  wrote(path: string, text: string): void;
}

/**
 * A view of the file system for one run. Folder listings and file texts are cached: a run never creates or
 * deletes files, and the only rewrites are `--fix`'s own, which it reports through {@link CliWorkspace.wrote}.
 * Cross-file rules read each neighbour of every file: without the cache, a folder of n files is read n² times.
 */
export function fileSystemWorkspace(): CliWorkspace {
  const listings = new Map<string, string[] | undefined>();
  const texts = new Map<string, string | undefined>();
  return {
    readFile(path) {
      if (!texts.has(path)) {
        let text: string | undefined;
        try {
          text = fs.readFileSync(path, 'utf8');
        } catch {
          text = undefined;
        }
        texts.set(path, text);
      }
      return texts.get(path);
    },
    listDirectory(path) {
      if (!listings.has(path)) {
        let names: string[] | undefined;
        try {
          names = fs.readdirSync(path).sort();
        } catch {
          names = undefined;
        }
        listings.set(path, names);
      }
      return listings.get(path);
    },
    wrote(path, text) {
      texts.set(path, text);
    },
  };
}
