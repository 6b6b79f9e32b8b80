/** Keeps what the activation runs read from VS Code, with the run they came from, for the package benchmark (test/bench/packaging.ts). */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ActivationTimes } from '../protocol';
import { activationRecord, repoRoot } from './paths';

/** Names another file for the record; the benchmark uses it to read only what its own run measured. */
export const ACTIVATION_RECORD_ENV = 'SIPMON_E2E_ACTIVATION_RECORD';

export interface ActivationRecord {
  recordedAt: string;
  /** The commit the packaged extension was built from, `+changes` when the tree differed from it. */
  commit: string;
  /** The editor and runner that measured. */
  editor: string;
  vsixBytes: number;
  runs: ActivationTimes[];
}

function commitDescription(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim();
  const changed = spawnSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim() !== '';
  return `${head || 'unknown'}${changed ? '+changes' : ''}`;
}

/** The activation times an activation run left in its scratch file, if it got that far. */
export function readActivationTimes(file: string): ActivationTimes | undefined {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) as ActivationTimes : undefined;
}

/** Writes the record and returns where, and the line that tells the figures. */
export function recordActivation(editor: string, vsixBytes: number, runs: ActivationTimes[]): { file: string; summary: string } {
  const file = process.env[ACTIVATION_RECORD_ENV] ?? activationRecord;
  const record: ActivationRecord = { recordedAt: new Date().toISOString(), commit: commitDescription(), editor, vsixBytes, runs };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  const shown = runs.map((times) => times.loadCode + times.callActivate).join(', ');
  const resolved = runs.map((times) => times.finishActivate).join(', ');
  return { file, summary: `activation as VS Code reports it (load + activate()): ${shown} ms; activate()'s promise resolved after a further ${resolved} ms` };
}
