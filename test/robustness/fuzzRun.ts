/** Runs a number of fuzz cases of one format and describes the failing ones well enough to replay them. */
import { fuzzCase, runCase } from './fuzzCase';
import { seedFiles } from './seeds';

/** The seed of `npm test` and, by default, of `npm run fuzz`: a failure found once is found again. */
export const DEFAULT_RUN_SEED = 8;

export interface FuzzReport {
  format: string;
  cases: number;
  seedFiles: number;
  failed: number;
  /** The first failures, each with what is needed to replay it. */
  examples: string[];
  slowestMs: number;
  elapsedMs: number;
}

const EXAMPLES_KEPT = 5;

export function fuzzFormat(format: string, cases: number, runSeed = DEFAULT_RUN_SEED, firstIndex = 0): FuzzReport {
  const seeds = seedFiles(format);
  const report: FuzzReport = { format, cases, seedFiles: seeds.length, failed: 0, examples: [], slowestMs: 0, elapsedMs: 0 };
  const started = Date.now();
  for (let index = firstIndex; index < firstIndex + cases; index++) {
    const { seed, steps, text } = fuzzCase(runSeed, seeds, index);
    const outcome = runCase(seed, text);
    report.slowestMs = Math.max(report.slowestMs, outcome.slowestMs);
    if (outcome.failures.length > 0) {
      report.failed++;
      if (report.examples.length < EXAMPLES_KEPT) {
        const replay = `npm run fuzz -- --seed ${runSeed} --format ${format} --case ${index}`;
        report.examples.push(`case ${index} (${seed.source}; ${steps.join(', ')}; replay: ${replay}):\n    ${outcome.failures.slice(0, 3).join('\n    ')}`);
      }
    }
  }
  report.elapsedMs = Date.now() - started;
  return report;
}
