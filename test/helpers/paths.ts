/** Paths of the repository's own folders and of the shared corpus, from the compiled tests in out/test/. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const fixturesRoot = path.join(repoRoot, 'test', 'fixtures');

/** The shared corpus of real configuration files: beside the repository, or where SIPMON_CORPUS says. */
export const corpusRoot = process.env.SIPMON_CORPUS ?? path.resolve(repoRoot, '..', 'shared', 'corpus');

/**
 * Whether an optional input is present. Missing on a developer's machine: the suite is skipped with the
 * reason printed. Missing under CI=true: a failure, so a skipped check is never reported as passing.
 */
export function requireOrSkip(context: Mocha.Context, present: boolean, what: string): void {
  if (present) {
    return;
  }
  if (process.env.CI === 'true') {
    throw new Error(`${what} is missing, and CI=true forbids skipping`);
  }
  console.log(`      skipped: ${what} is missing`);
  context.skip();
}

export function exists(file: string): boolean {
  return fs.existsSync(file);
}
