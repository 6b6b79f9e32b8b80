/**
 * Benchmark 1: the time to lint a generated 1 MB and 10 MB file of each format, divided by the time the
 * underlying parser alone needs for the same text (yaml.parseDocument, saxes, jsonc-parser, or splitting into
 * lines for the line formats). Both are measured in the same run, so the ratio survives a noisy machine.
 * Our own parser's time (the format's model, no rules) is shown beside them, to tell parsing from the rules.
 */
import { parseTree } from 'jsonc-parser';
import { SaxesParser } from 'saxes';
import { parseDocument } from 'yaml';
import { workspaceOf } from '../../server/src/core/workspace';
import { formatById } from '../../server/src/formats';
import { withPlainEnvironment } from '../../server/src/formats/yaml/plainEnvironment';
import { lintFile } from '../../server/src/linter';
import { GENERATED } from './generate';
import { medianMs } from './measure';
import { BenchSection } from './section';

/** Steady state, as in an editor that lints the same file again and again: consecutive 1 MB lints still get faster until the fifth or so. */
const SIZES = [{ label: '1 MB', bytes: 1 << 20, runs: 7, warmUps: 5 }, { label: '10 MB', bytes: 10 << 20, runs: 3, warmUps: 1 }];
export const MAX_OVERHEAD = 2.0;
/** Above every generated size: the default `maxFileSize` (5 MB) would skip the 10 MB files unparsed. */
const NO_SIZE_LIMIT = Number.MAX_SAFE_INTEGER;
/** Ten times the text may take this much more than ten times the time before growth stops counting as linear. */
const LINEAR_SLACK = 1.5;

/** The parser the format is built on, alone, with no handler. */
const BASELINES: Record<string, { name: string; parse: (text: string) => unknown }> = {
  // As our parse runs it: a plain process.env spares the package's per-token reads of it, which is no part of the engine's overhead.
  gorgone: { name: 'yaml.parseDocument', parse: (text) => withPlainEnvironment(() => parseDocument(text)) },
  brokerXml: { name: 'saxes', parse: (text) => new SaxesParser({ position: true }).write(text).close() },
  brokerJson: { name: 'jsonc-parser parseTree', parse: (text) => parseTree(text, []) },
  fail2ban: { name: 'split into lines', parse: (text) => text.split(/\r?\n/) },
  openssl: { name: 'split into lines', parse: (text) => text.split(/\r?\n/) },
  apache: { name: 'split into lines', parse: (text) => text.split(/\r?\n/) },
};

export function engineOverhead(log: (line: string) => void): BenchSection {
  const rows: (string | number)[][] = [];
  const targets = [];
  for (const [key, generated] of Object.entries(GENERATED)) {
    const baseline = BASELINES[key];
    const lintTimes: number[] = [];
    for (const size of SIZES) {
      const text = generated.generate(size.bytes);
      const workspace = workspaceOf({ [generated.path]: text });
      let findings = 0;
      let formatId: string | undefined;
      const lintMs = medianMs(size.runs, () => {
        const result = lintFile({ path: generated.path, text, workspace, override: { maxFileSize: NO_SIZE_LIMIT } });
        findings = result?.findings.length ?? -1;
        formatId = result?.format;
      }, size.warmUps);
      const parseMs = medianMs(size.runs, () => baseline.parse(text), size.warmUps);
      const format = formatId === undefined ? undefined : formatById(formatId);
      const modelMs = format ? medianMs(size.runs, () => format.parse(text), size.warmUps) : Number.NaN;
      lintTimes.push(lintMs);
      const ratio = lintMs / parseMs;
      rows.push([generated.label, size.label, baseline.name, parseMs, modelMs, lintMs, ratio, findings]);
      targets.push({ what: `${generated.label}, ${size.label}: lint ÷ parse ${ratio.toFixed(2)} ≤ ${MAX_OVERHEAD}`, met: ratio <= MAX_OVERHEAD });
      log(`  ${generated.label} ${size.label}: parse ${parseMs.toFixed(0)} ms, our parser ${modelMs.toFixed(0)} ms, lint ${lintMs.toFixed(0)} ms, ratio ${ratio.toFixed(2)}, ${findings} findings`);
    }
    const growth = lintTimes[1] / lintTimes[0] / 10;
    targets.push({ what: `${generated.label}: 10 MB takes ${(lintTimes[1] / lintTimes[0]).toFixed(1)}× the time of 1 MB (linear: about 10×)`, met: growth <= LINEAR_SLACK });
  }
  return {
    title: 'Engine overhead on large files',
    method: `Generated files of 1 MB and 10 MB per format, linted in process with lintFile (detection, config lookup, parse, every rule, suppressions; the 5 MB size limit raised so the 10 MB files are linted, not skipped); median of ${SIZES.map((size) => `${size.runs} runs at ${size.label} after ${size.warmUps} unmeasured`).join(' and ')} (steady state, as in an editor linting a file again and again). The baseline is the parser the format is built on, alone, on the same text; "our parser" is the format's own parse into its model, without rules (the rules take the rest of the lint time).`,
    headers: ['format', 'size', 'baseline', 'baseline ms', 'our parser ms', 'lint ms', 'lint ÷ baseline', 'findings'],
    rows,
    targets,
    notes: [],
  };
}
