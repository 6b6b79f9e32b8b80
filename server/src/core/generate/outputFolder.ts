/**
 * Writing the generated files all or nothing, through an injected folder (node:fs in the CLI, workspace.fs in
 * the editor): every file is first written under a temporary name beside its final one, then renamed.
 */
import { randomBytes } from 'node:crypto';

/** The folder the files go to. Names are plain file names inside it. */
export interface OutputFolder {
  /** The folder as the user knows it, for messages. */
  readonly description: string;
  /** The path a server configuration uses for a file of this folder (the Apache lines of the summary). */
  pathOf(name: string): string;
  /** Why nothing can be written there (missing, not a folder, read-only), or undefined. */
  writableProblem(): Promise<string | undefined>;
  exists(name: string): Promise<boolean>;
  /** Creates a new file with this permission mode, failing if the name is taken. */
  create(name: string, data: Uint8Array, mode: number): Promise<void>;
  /** Renames a file; replaces an existing target only when `replace`, and fails otherwise. */
  rename(from: string, to: string, replace: boolean): Promise<void>;
  remove(name: string): Promise<void>;
}

export interface PlannedFile {
  name: string;
  text: string;
  /** 0o400 for private keys, 0o644 otherwise. */
  mode: number;
}

export class WriteError extends Error {}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Removes what it can and returns the names it could not remove. */
async function removeAll(folder: OutputFolder, names: readonly string[]): Promise<string[]> {
  const left: string[] = [];
  for (const name of names) {
    try {
      await folder.remove(name);
    } catch {
      left.push(name);
    }
  }
  return left;
}

/** Puts the set-aside files back under their names and returns what it could not put back. */
async function restoreAll(folder: OutputFolder, setAside: readonly { name: string; backup: string }[]): Promise<string[]> {
  const left: string[] = [];
  for (const { name, backup } of setAside) {
    try {
      await folder.rename(backup, name, true);
    } catch {
      left.push(`${backup} is the former ${name}: rename it back`);
    }
  }
  return left;
}

function failure(folder: OutputFolder, error: unknown, leftovers: readonly string[]): WriteError {
  const cleanup = leftovers.length > 0 ? ` Clean up by hand: ${leftovers.join('; ')}.` : '';
  return new WriteError(`Cannot write in ${folder.description}: ${reason(error)}. Nothing was written.${cleanup}`);
}

/**
 * Writes `files` into `folder`. Existing files are replaced only when `replace`: they are moved aside first and
 * put back if anything fails, so a failure leaves the folder as it was and throws a WriteError saying why.
 * Returns warnings about a success that left something behind (a former file that could not be removed).
 */
export async function writeAllOrNothing(folder: OutputFolder, files: readonly PlannedFile[], replace: boolean): Promise<string[]> {
  const tag = randomBytes(6).toString('hex');
  const temporaries: string[] = [];
  try {
    for (const file of files) {
      const temporary = `.${file.name}.${tag}.tmp`;
      await folder.create(temporary, new TextEncoder().encode(file.text), file.mode);
      temporaries.push(temporary);
    }
  } catch (error) {
    throw failure(folder, error, (await removeAll(folder, temporaries)).map((name) => `remove ${name}`));
  }

  const setAside: { name: string; backup: string }[] = [];
  const placed: string[] = [];
  try {
    if (replace) {
      for (const file of files) {
        if (await folder.exists(file.name)) {
          const backup = `.${file.name}.${tag}.old`;
          await folder.rename(file.name, backup, false);
          setAside.push({ name: file.name, backup });
        }
      }
    }
    for (const [index, file] of files.entries()) {
      await folder.rename(temporaries[index], file.name, false);
      placed.push(file.name);
    }
  } catch (error) {
    const unremoved = await removeAll(folder, [...placed, ...temporaries.slice(placed.length)]);
    const unrestored = await restoreAll(folder, setAside);
    throw failure(folder, error, [...unremoved.map((name) => `remove ${name}`), ...unrestored]);
  }
  // The new files are in place: the former ones are no longer needed.
  const stale = await removeAll(folder, setAside.map((entry) => entry.backup));
  return stale.map((name) => `The former version of a replaced file could not be removed from ${folder.description}: delete ${name} by hand.`);
}
