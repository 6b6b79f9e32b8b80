/** The certificate generator's output folder on the local disk (node:fs), for `sipmon-lint cert`. */
import * as fs from 'node:fs/promises';
import { constants } from 'node:fs';
import * as path from 'node:path';
import { OutputFolder } from '../core/generate/outputFolder';

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** A folder given by an absolute path. */
export function nodeOutputFolder(folder: string): OutputFolder {
  const at = (name: string): string => path.join(folder, name);
  const exists = async (name: string): Promise<boolean> => {
    try {
      await fs.lstat(at(name));
      return true;
    } catch (error) {
      if (code(error) === 'ENOENT') {
        return false;
      }
      throw error;
    }
  };
  return {
    description: folder,
    pathOf: at,
    async writableProblem() {
      let stat;
      try {
        stat = await fs.stat(folder);
      } catch {
        return `The output folder ${folder} does not exist: create it first.`;
      }
      if (!stat.isDirectory()) {
        return `The output folder ${folder} is not a folder.`;
      }
      try {
        await fs.access(folder, constants.W_OK | constants.X_OK);
      } catch {
        return `The output folder ${folder} is not writable.`;
      }
      return undefined;
    },
    exists,
    async create(name, data, mode) {
      // Created with its final mode, so a key is never readable by others, even for an instant.
      const handle = await fs.open(at(name), 'wx', mode);
      try {
        await handle.writeFile(data);
        // The umask may have taken bits away from a public file's mode.
        await handle.chmod(mode);
      } finally {
        await handle.close();
      }
    },
    async rename(from, to, replace) {
      if (replace) {
        await fs.rename(at(from), at(to));
        return;
      }
      // A hard link fails if the target exists, where rename would silently replace it.
      try {
        await fs.link(at(from), at(to));
      } catch (error) {
        if (code(error) === 'EEXIST') {
          throw new Error(`${to} appeared in the meantime`);
        }
        if (code(error) !== 'EPERM' && code(error) !== 'ENOTSUP' && code(error) !== 'ENOSYS') {
          throw error;
        }
        // A file system without hard links: check, then rename.
        if (await exists(to)) {
          throw new Error(`${to} appeared in the meantime`);
        }
        await fs.rename(at(from), at(to));
        return;
      }
      await fs.unlink(at(from));
    },
    async remove(name) {
      await fs.unlink(at(name));
    },
  };
}
