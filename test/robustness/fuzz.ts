/**
 * `npm run fuzz`: the mutation fuzzer at full strength, 100,000 cases per format.
 * Options: --cases N, --seed N, --format id (repeatable), --case N (replay one case: its mutated text is
 * written to .cache/fuzz/ and its failures printed).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../helpers/paths';
import { fuzzCase, runCase } from './fuzzCase';
import { DEFAULT_RUN_SEED, fuzzFormat } from './fuzzRun';
import { FUZZED_FORMATS, seedFiles } from './seeds';

const DEFAULT_CASES = 100_000;
/** Progress is printed after each slice of this many cases. */
const SLICE = 10_000;

function replay(format: string, runSeed: number, index: number): number {
  const { seed, steps, text } = fuzzCase(runSeed, seedFiles(format), index);
  const folder = path.join(repoRoot, '.cache', 'fuzz');
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${format}-${runSeed}-${index}${path.extname(seed.path)}`);
  fs.writeFileSync(file, text);
  console.log(`case ${index} of ${format}, seed ${runSeed}: ${seed.source} (linted as ${seed.path}); ${steps.join(', ')}\nmutated text: ${path.relative(process.cwd(), file)}`);
  const { failures } = runCase(seed, text);
  console.log(failures.length === 0 ? 'the case passes' : failures.join('\n'));
  return failures.length === 0 ? 0 : 1;
}

function main(): number {
  const { values } = parseArgs({
    options: { cases: { type: 'string' }, seed: { type: 'string' }, format: { type: 'string', multiple: true }, case: { type: 'string' } },
  });
  const runSeed = values.seed === undefined ? DEFAULT_RUN_SEED : Number(values.seed);
  const formats = values.format ?? [...FUZZED_FORMATS];
  const unknown = formats.filter((format) => !(FUZZED_FORMATS as readonly string[]).includes(format));
  if (unknown.length > 0 || !Number.isInteger(runSeed)) {
    console.error(`fuzz: unknown format ${unknown.join(', ')} or bad seed; formats: ${FUZZED_FORMATS.join(', ')}`);
    return 2;
  }
  if (values.case !== undefined) {
    return replay(formats[0], runSeed, Number(values.case));
  }
  const cases = values.cases === undefined ? DEFAULT_CASES : Number(values.cases);
  let failed = 0;
  let passed = 0;
  for (const format of formats) {
    for (let first = 0; first < cases; first += SLICE) {
      const report = fuzzFormat(format, Math.min(SLICE, cases - first), runSeed, first);
      failed += report.failed;
      passed += report.cases - report.failed;
      console.log(`${format}: cases ${first}–${first + report.cases - 1}: ${report.failed} failed, slowest lint ${Math.round(report.slowestMs)} ms, ${(report.elapsedMs / 1000).toFixed(1)} s`);
      report.examples.forEach((example) => console.log(`  ${example}`));
    }
  }
  console.log(`fuzz: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
