/** Writes docs/performance.md: the machine, Node, the command to reproduce, and each benchmark's table and targets. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';
import { markdownTable } from './measure';
import { BenchSection } from './section';

export const REPORT_PATH = path.join(repoRoot, 'docs', 'performance.md');

export function machineLine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB memory, ${os.type()} ${os.release()} (${os.arch()}); Node ${process.version}`;
}

export function sectionText(section: BenchSection): string {
  const targets = section.targets.map((target) => `- ${target.met ? 'met' : '**missed**'}: ${target.what}`);
  return [`## ${section.title}`, '', section.method, '', markdownTable(section.headers, section.rows), '', 'Targets:', ...targets, ...(section.notes.length ? ['', ...section.notes] : [])].join('\n');
}

export function writeReport(sections: readonly BenchSection[], explanations: string): void {
  const text = [
    '# Performance',
    '',
    '<!-- Written by `npm run bench` (test/bench/run.ts); the figures below are replaced on every run. -->',
    '',
    `Measured on ${new Date().toISOString().slice(0, 10)}: ${machineLine()}.`,
    '',
    'Reproduce with `npm run bench` (it installs its peer, yaml-language-server, into the git-ignored .cache/bench-peers/ on first use, and provisions the end-to-end runner for the activation figure: scripts/provision-e2e.sh). Every target is a ratio or a figure taken in the same run, since these machines are shared and noisy. The robustness tests (`npm test`) and the full fuzzer (`npm run fuzz`) are described at the end.',
    '',
    ...sections.map(sectionText).flatMap((text) => [text, '']),
    explanations.trim(),
    '',
  ].join('\n');
  fs.writeFileSync(REPORT_PATH, text);
}
