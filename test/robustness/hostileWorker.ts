/**
 * Lints hostile inputs in a worker thread whose heap is capped: an input that needs more memory ends the worker
 * instead of passing. Reports, per input, the time, the findings and every file the process tried to open.
 */
// The module object itself (not a namespace of getters), so its functions can be wrapped for the time of a lint.
import fs = require('node:fs');
import { parentPort, workerData } from 'node:worker_threads';
import { workspaceOf } from '../../server/src/core/workspace';
import { lintFile } from '../../server/src/linter';

export interface WorkerCase {
  name: string;
  path: string;
  text: string;
}

export type WorkerMessage =
  | { kind: 'started'; name: string }
  | { kind: 'done'; name: string; ms: number; threw?: string; engineErrors: string[]; findings: { ruleId: string; message: string }[]; filesOpened: string[]; workspaceReads: string[] };

/** Every path handed to the fs functions that read, while `work` runs. */
function watchFileAccess<T>(work: () => T): { value: T; opened: string[] } {
  const opened: string[] = [];
  const names = ['readFileSync', 'openSync', 'readFile', 'open', 'createReadStream', 'statSync', 'existsSync', 'accessSync', 'readdirSync'] as const;
  const writable = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = names.map((name) => writable[name]);
  names.forEach((name, index) => {
    writable[name] = (...args: unknown[]) => {
      opened.push(String(args[0]));
      return originals[index](...args);
    };
  });
  try {
    return { value: work(), opened };
  } finally {
    names.forEach((name, index) => {
      writable[name] = originals[index];
    });
  }
}

function run(entry: WorkerCase): WorkerMessage {
  const workspaceReads: string[] = [];
  const files = workspaceOf({ [entry.path]: entry.text });
  const workspace = { readFile: (path: string) => (workspaceReads.push(path), files.readFile(path)), listDirectory: (path: string) => files.listDirectory(path) };
  const started = process.hrtime.bigint();
  let threw: string | undefined;
  const { value: result, opened } = watchFileAccess(() => {
    try {
      return lintFile({ path: entry.path, text: entry.text, workspace });
    } catch (error) {
      threw = error instanceof Error ? error.stack ?? error.message : String(error);
      return undefined;
    }
  });
  return {
    kind: 'done',
    name: entry.name,
    ms: Number(process.hrtime.bigint() - started) / 1e6,
    threw,
    engineErrors: result?.engineErrors.map((error) => `${error.ruleId}: ${error.message}`) ?? [],
    findings: result?.findings.map((finding) => ({ ruleId: finding.ruleId, message: finding.message })) ?? [],
    filesOpened: opened,
    workspaceReads,
  };
}

for (const entry of workerData as WorkerCase[]) {
  parentPort?.postMessage({ kind: 'started', name: entry.name } satisfies WorkerMessage);
  parentPort?.postMessage(run(entry));
}
