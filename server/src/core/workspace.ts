/** The injected view of the files around the linted one: open documents override what is on disk. */

export interface WorkspaceView {
  /** The text of a file, or undefined when it does not exist or cannot be read. */
  readFile(path: string): string | undefined;
  /** The names of the entries of a folder, or undefined when it does not exist. */
  listDirectory(path: string): string[] | undefined;
}

/** A view with no files, for text that has no neighbours (an unsaved buffer, a unit test). */
export const emptyWorkspace: WorkspaceView = {
  readFile: () => undefined,
  listDirectory: () => undefined,
};

/** A view over an in-memory map of absolute paths to texts (tests, and documents open in an editor). */
export function workspaceOf(files: Record<string, string>, fallback: WorkspaceView = emptyWorkspace): WorkspaceView {
  return {
    readFile: (path) => files[path] ?? fallback.readFile(path),
    listDirectory(path) {
      const prefix = path.endsWith('/') ? path : `${path}/`;
      const onDisk = fallback.listDirectory(path);
      const names = new Set(onDisk ?? []);
      for (const file of Object.keys(files)) {
        if (file.startsWith(prefix)) {
          names.add(file.slice(prefix.length).split('/')[0]);
        }
      }
      return onDisk === undefined && names.size === 0 ? undefined : [...names].sort();
    },
  };
}
