/** Benchmark 4: the CLI on a generated tree of 2,000 configuration files; start-up measured apart. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';
import { median, nowMs } from './measure';
import { samples } from './samples';
import { BenchSection } from './section';

const FILES = 2000;
const RUNS = 3;
export const MIN_FILES_PER_SECOND = 1000;
const CLI = path.join(repoRoot, 'bin', 'sipmon-lint.js');

const FILES_PER_HOST = 16;

/** 2,000 fixture files spread over hosts, 16 of mixed formats per host, as a fleet's configuration backup would be. */
function makeTree(root: string): Map<string, number> {
  const pool = samples();
  const formats = new Map<string, number>();
  for (let index = 0; index < FILES; index++) {
    const sample = pool[index % pool.length];
    const relative = path.join(path.dirname(sample.relativePath), `${index}-${path.basename(sample.relativePath)}`);
    const file = path.join(root, `host-${Math.floor(index / FILES_PER_HOST)}`, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, sample.text);
    formats.set(sample.format, (formats.get(sample.format) ?? 0) + 1);
  }
  return formats;
}

function timedRun(args: string[]): { ms: number; status: number | null; stderr: string } {
  const started = nowMs();
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { ms: nowMs() - started, status: run.status, stderr: run.stderr };
}

export function cliThroughput(log: (line: string) => void): BenchSection {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-bench-cli-'));
  try {
    const formats = makeTree(root);
    const empty = path.join(root, 'empty');
    fs.mkdirSync(empty);
    const startups: number[] = [];
    const totals: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      startups.push(timedRun(['--format', 'json', empty]).ms);
      const full = timedRun(['--format', 'json', root]);
      if (full.status !== 0 && full.status !== 1) {
        throw new Error(`sipmon-lint exited with ${full.status}: ${full.stderr.slice(0, 500)}`);
      }
      totals.push(full.ms);
    }
    const startupMs = median(startups);
    const totalMs = median(totals);
    const perSecond = FILES / ((totalMs - startupMs) / 1000);
    log(`  start-up ${startupMs.toFixed(0)} ms, ${FILES} files ${totalMs.toFixed(0)} ms: ${perSecond.toFixed(0)} files/s`);
    return {
      title: 'CLI throughput',
      method: `\`node bin/sipmon-lint.js --format json <tree>\` on ${FILES} fixture files (${[...formats].map(([format, count]) => `${count} ${format}`).join(', ')}) in ${Math.ceil(FILES / FILES_PER_HOST)} host folders of ${FILES_PER_HOST}; start-up is the same command on an empty folder. Medians of ${RUNS} runs; throughput = files ÷ (total − start-up).`,
      headers: ['measure', 'value'],
      rows: [['start-up (empty folder), ms', startupMs], [`${FILES} files, ms`, totalMs], ['files/s after start-up', perSecond]],
      targets: [{ what: `${perSecond.toFixed(0)} files/s ≥ ${MIN_FILES_PER_SECOND} after start-up`, met: perSecond >= MIN_FILES_PER_SECOND }],
      notes: [],
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
