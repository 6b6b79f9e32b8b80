/**
 * `npm run bench`: runs the five benchmarks, prints each table, and writes docs/performance.md.
 * `npm run bench -- engine lsp` runs only the named ones (engine, lsp, memory, cli, package) and leaves the report alone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';
import { cliThroughput } from './cliThroughput';
import { engineOverhead } from './engineOverhead';
import { lspLatency } from './lspLatency';
import { markdownTable } from './measure';
import { packaging } from './packaging';
import { ensurePeers } from './peers';
import { machineLine, REPORT_PATH, writeReport } from './report';
import { BenchSection } from './section';
import { serverMemory } from './serverMemory';

const BENCHMARKS: Record<string, (log: (line: string) => void) => BenchSection | Promise<BenchSection>> = {
  engine: engineOverhead,
  lsp: lspLatency,
  memory: serverMemory,
  cli: cliThroughput,
  package: packaging,
};

/** What the figures mean where a target is missed, written by hand from the profiles: appended to the report. */
const EXPLANATIONS = path.join(repoRoot, 'test', 'bench', 'explanations.md');

async function main(): Promise<number> {
  const selected = process.argv.slice(2);
  const unknown = selected.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    console.error(`bench: unknown ${unknown.join(', ')}; benchmarks: ${Object.keys(BENCHMARKS).join(', ')}`);
    return 2;
  }
  const names = selected.length > 0 ? selected : Object.keys(BENCHMARKS);
  const log = (line: string) => console.log(line);
  console.log(machineLine());
  ensurePeers(log);
  const sections: BenchSection[] = [];
  for (const name of names) {
    console.log(`\n== ${name}`);
    const section = await BENCHMARKS[name](log);
    sections.push(section);
    console.log(`\n${markdownTable(section.headers, section.rows)}`);
    section.targets.forEach((target) => console.log(`${target.met ? 'met     ' : 'MISSED  '} ${target.what}`));
  }
  if (selected.length === 0) {
    writeReport(sections, fs.readFileSync(EXPLANATIONS, 'utf8'));
    console.log(`\nwrote ${path.relative(repoRoot, REPORT_PATH)}`);
  }
  const missed = sections.flatMap((section) => section.targets).filter((target) => !target.met).length;
  console.log(`\nbench: ${missed} of ${sections.flatMap((section) => section.targets).length} targets missed (see docs/performance.md for why)`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 1;
});
