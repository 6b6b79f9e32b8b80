/**
 * One fuzz case: a seed file mutated, linted, every fix applied and the result linted again. A case passes when
 * nothing throws, no rule fails, each lint takes under a second, and every range lies inside the text it points into.
 */
import { emptyConfig } from '../../server/src/core/config';
import { lint, LintResult } from '../../server/src/core/engine';
import { applyEdits } from '../../server/src/core/fixes';
import { Edit, Fix, Span } from '../../server/src/core/types';
import { workspaceOf } from '../../server/src/core/workspace';
import { formatById } from '../../server/src/formats';
import { ruleSet } from '../../server/src/rules';
import { testSecret } from '../helpers/ruleTester';
import { mutate } from './mutations';
import { hashSeed, seededRandom } from './random';
import { SeedFile } from './seeds';

export const LINT_TIME_LIMIT_MS = 1000;

export interface CaseOutcome {
  /** What went wrong; empty when the case passed. */
  failures: string[];
  /** The slowest lint of the case. */
  slowestMs: number;
}

export interface FuzzCase {
  seed: SeedFile;
  steps: string[];
  text: string;
}

/** The case `index` of a run: the same run seed, format and index always give the same file and mutations. */
export function fuzzCase(runSeed: number, seeds: readonly SeedFile[], index: number): FuzzCase {
  const random = seededRandom(hashSeed(`${runSeed}:${seeds[0]?.format}:${index}`));
  const seed = random.pick(seeds);
  const { text, steps } = mutate(seed.text, random);
  return { seed, steps, text };
}

function inside(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

/** Whether a fix's edits fit in the text and do not overlap one another, so applying them is well defined. */
function appliesCleanly(edits: readonly Edit[], length: number): boolean {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  return sorted.every((edit, index) => inside(edit.span, length) && (index === 0 || sorted[index - 1].span.end <= edit.span.start));
}

/** Lints a text as the seed file, timing it; a throw is caught and reported as a failure. */
function timedLint(seed: SeedFile, text: string, what: string, outcome: CaseOutcome): LintResult | undefined {
  const format = formatById(seed.format);
  if (!format) {
    outcome.failures.push(`unknown format ${seed.format}`);
    return undefined;
  }
  const started = process.hrtime.bigint();
  let result: LintResult | undefined;
  try {
    result = lint({ text, path: seed.path, format, ruleSet, config: emptyConfig, workspace: workspaceOf({ ...seed.neighbours, [seed.path]: text }), newSecret: testSecret });
  } catch (error) {
    outcome.failures.push(`${what}: lint threw ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  outcome.slowestMs = Math.max(outcome.slowestMs, elapsedMs);
  if (elapsedMs > LINT_TIME_LIMIT_MS) {
    outcome.failures.push(`${what}: lint took ${Math.round(elapsedMs)} ms`);
  }
  for (const error of result?.engineErrors ?? []) {
    outcome.failures.push(`${what}: rule ${error.ruleId} failed: ${error.message}`);
  }
  return result;
}

function checkFix(seed: SeedFile, text: string, ruleId: string, fix: Fix, outcome: CaseOutcome): void {
  const what = `fix "${fix.title}" of ${ruleId}`;
  if (!appliesCleanly(fix.edits, text.length)) {
    outcome.failures.push(`${what}: edits outside the text or overlapping: ${JSON.stringify(fix.edits.map((edit) => edit.span))} in ${text.length} characters`);
    return;
  }
  timedLint(seed, applyEdits(text, fix.edits), `after the ${what}`, outcome);
}

/** Runs the checks on one mutated text. */
export function runCase(seed: SeedFile, text: string): CaseOutcome {
  const outcome: CaseOutcome = { failures: [], slowestMs: 0 };
  const result = timedLint(seed, text, 'the mutated file', outcome);
  for (const finding of result?.findings ?? []) {
    if (!inside(finding.span, text.length)) {
      outcome.failures.push(`${finding.ruleId}: span ${JSON.stringify(finding.span)} outside the ${text.length} characters`);
    }
    for (const fix of finding.fixes) {
      checkFix(seed, text, finding.ruleId, fix, outcome);
    }
  }
  return outcome;
}
