/**
 * The certificate generator's output folder through `workspace.fs`, so it works wherever the workspace is.
 * Permission modes need the files on a disk node:fs reaches (`file:` URIs, also in remote workspaces, where the
 * extension runs beside the files); elsewhere the folder reports that it could not set them.
 */
import * as fs from 'node:fs/promises';
import { FilePermission, FileSystemError, FileType, Uri, workspace } from 'vscode';
import { OutputFolder } from '../../../server/src/core/generate/outputFolder';

export interface WorkspaceOutputFolder extends OutputFolder {
  /** Whether the keys really get mode 0400. */
  readonly setsModes: boolean;
}

function notFound(error: unknown): boolean {
  return error instanceof FileSystemError && error.code === 'FileNotFound';
}

export function workspaceOutputFolder(folder: Uri): WorkspaceOutputFolder {
  const at = (name: string): Uri => Uri.joinPath(folder, name);
  const onDisk = folder.scheme === 'file';
  const description = onDisk ? folder.fsPath : folder.toString(true);
  const exists = async (name: string): Promise<boolean> => {
    try {
      await workspace.fs.stat(at(name));
      return true;
    } catch (error) {
      if (notFound(error)) {
        return false;
      }
      throw error;
    }
  };
  return {
    description,
    setsModes: onDisk,
    pathOf: (name) => (onDisk ? at(name).fsPath : at(name).path),
    async writableProblem() {
      let stat;
      try {
        stat = await workspace.fs.stat(folder);
      } catch {
        return `The output folder ${description} does not exist: create it first.`;
      }
      if ((stat.type & FileType.Directory) === 0) {
        return `The output folder ${description} is not a folder.`;
      }
      if ((stat.permissions ?? 0) & FilePermission.Readonly || workspace.fs.isWritableFileSystem(folder.scheme) === false) {
        return `The output folder ${description} is read-only.`;
      }
      return undefined;
    },
    exists,
    async create(name, data, mode) {
      const uri = at(name);
      if (onDisk) {
        // Created empty, owner-only and exclusively first: the content written next is never readable by others.
        await (await fs.open(uri.fsPath, 'wx', 0o600)).close();
        await workspace.fs.writeFile(uri, data);
        await fs.chmod(uri.fsPath, mode);
        return;
      }
      if (await exists(name)) {
        throw new Error(`${name} already exists`);
      }
      await workspace.fs.writeFile(uri, data);
    },
    async rename(from, to, replace) {
      await workspace.fs.rename(at(from), at(to), { overwrite: replace });
    },
    async remove(name) {
      await workspace.fs.delete(at(name), { useTrash: false });
    },
  };
}
