/** Benchmark 3: the language server's resident memory with 500 open documents of mixed formats. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession, SHIPPED_SERVER } from './lspSession';
import { samples } from './samples';
import { BenchSection } from './section';

const DOCUMENTS = 500;
export const MAX_RSS_MB = 150;

/** VmRSS of a process, in MB (Linux). */
function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN);
  return kilobytes / 1024;
}

export async function serverMemory(log: (line: string) => void): Promise<BenchSection> {
  const pool = samples();
  const session = await LspSession.start([SHIPPED_SERVER, '--stdio'], { sipmon: {} });
  try {
    const idleMb = residentMb(session.pid);
    const formats = new Map<string, number>();
    let bytes = 0;
    const published: Promise<number>[] = [];
    for (let index = 0; index < DOCUMENTS; index++) {
      const sample = pool[index % pool.length];
      // One folder per document: each is its own file, not a neighbour of the others.
      const uri = pathToFileURL(path.posix.join('/srv/hosts', `host-${index}`, sample.relativePath)).toString();
      published.push(session.nextDiagnostics(uri));
      await session.open(uri, sample.languageId, sample.text);
      formats.set(sample.format, (formats.get(sample.format) ?? 0) + 1);
      bytes += sample.text.length;
    }
    await Promise.all(published);
    const openMb = residentMb(session.pid);
    log(`  ${DOCUMENTS} documents: idle ${idleMb.toFixed(0)} MB, with them ${openMb.toFixed(0)} MB`);
    return {
      title: 'Language server memory',
      method: `The server started over stdio, then ${DOCUMENTS} fixture files opened as separate documents (${[...formats].map(([format, count]) => `${count} ${format}`).join(', ')}; ${(bytes / 1024).toFixed(0)} KB of text) and linted, each in its own folder; resident set size (VmRSS) read from /proc once every document had its diagnostics.`,
      headers: ['state', 'resident MB'],
      rows: [['started, no document', idleMb], [`${DOCUMENTS} documents open and linted`, openMb]],
      targets: [{ what: `${openMb.toFixed(0)} MB < ${MAX_RSS_MB} MB with ${DOCUMENTS} documents`, met: openMb < MAX_RSS_MB }],
      notes: [],
    };
  } finally {
    await session.stop();
  }
}
