/** The workspace as the CLI sees it: the file system, read through node:fs. */
import * as fs from 'node:fs';
import { WorkspaceView } from '../core/workspace';

/**
 * A view of the file system. Folder listings are cached: a run never creates or deletes files
 * (`--fix` only rewrites existing ones), while file texts are always read afresh.
 */
export function fileSystemWorkspace(): WorkspaceView {
  const listings = new Map<string, string[] | undefined>();
  return {
    readFile(path) {
      try {
        return fs.readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
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
  };
}
