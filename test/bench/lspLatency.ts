/**
 * Benchmark 2: didChange → publishDiagnostics over real stdio, for a 5,000-line Gorgone file edited keystroke by
 * keystroke, against yaml-language-server 1.x on the same file and edits (no schema). Both debounce by 200 ms.
 */
import { pathToFileURL } from 'node:url';
import { GENERATED } from './generate';
import { LspSession, SHIPPED_SERVER } from './lspSession';
import { median, nowMs, percentile } from './measure';
import { peerModule, PEER_VERSIONS } from './peers';
import { BenchSection } from './section';

const LINES = 5000;
const TYPED = ' # raised after the audit, keystroke by keystroke';
/** Sessions per server, ours and the peer's taking turns, so that a busy moment of the shared machine falls on both. */
const ROUNDS = 3;

export function fiveThousandLines(): string {
  const lines = GENERATED.gorgone.generate(1 << 20).split('\n').slice(0, LINES);
  return `${lines.join('\n')}\n`;
}

interface Latencies {
  samples: number[];
  firstMs: number;
}

async function typeInto(args: string[], settings: Record<string, unknown>, text: string): Promise<Latencies> {
  const uri = pathToFileURL('/etc/Sipmon-gorgone/config.d/40-gorgoned.yaml').toString();
  const session = await LspSession.start(args, settings);
  try {
    const opened = nowMs();
    const first = session.nextDiagnostics(uri);
    await session.open(uri, 'yaml', text);
    const firstMs = (await first) - opened;
    // The end of line 3 (`internal_com_crypt: true`), where a comment is typed one character at a time.
    const line = 3;
    const column = text.split('\n')[line].length;
    const samples: number[] = [];
    for (let index = 0; index < TYPED.length; index++) {
      const version = index + 2;
      const arrived = session.nextDiagnostics(uri, version);
      const sent = nowMs();
      await session.insert(uri, version, line, column + index, TYPED[index]);
      samples.push((await arrived) - sent);
    }
    return { samples, firstMs };
  } finally {
    await session.stop();
  }
}

export async function lspLatency(log: (line: string) => void): Promise<BenchSection> {
  const text = fiveThousandLines();
  const peerSettings = { yaml: { validate: true, schemas: {}, schemaStore: { enable: false }, format: { enable: false }, hover: false, completion: false } };
  const rounds: { ours: Latencies; peer: Latencies }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const ours = await typeInto([SHIPPED_SERVER, '--stdio'], { sipmon: {} }, text);
    const peer = await typeInto([peerModule('yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'], peerSettings, text);
    log(`  round ${round}: sipmon median ${median(ours.samples).toFixed(0)} ms, p95 ${percentile(ours.samples, 0.95).toFixed(0)} ms; yaml-language-server median ${median(peer.samples).toFixed(0)} ms, p95 ${percentile(peer.samples, 0.95).toFixed(0)} ms`);
    rounds.push({ ours, peer });
  }
  const pooled = (pick: (round: { ours: Latencies; peer: Latencies }) => Latencies): Latencies => ({
    samples: rounds.flatMap((round) => pick(round).samples),
    firstMs: median(rounds.map((round) => pick(round).firstMs)),
  });
  const ours = pooled((round) => round.ours);
  const peer = pooled((round) => round.peer);
  const row = (name: string, latencies: Latencies) => [name, latencies.samples.length, latencies.firstMs, median(latencies.samples), percentile(latencies.samples, 0.95), median(latencies.samples) - 200];
  return {
    title: 'Language server latency',
    method: `A ${LINES}-line Gorgone file (${text.length} characters, thousands of modules) opened over stdio (ours: dist/server.js, the bundle the .vsix ships), then ${TYPED.length} keystrokes typed one at a time (${ROUNDS} sessions per server, ours and the peer's taking turns; the keystrokes of all sessions pooled, open → diagnostics the median of the sessions) at the end of line 4, each sent as an incremental didChange once the diagnostics of the previous one had arrived; the time from didChange to the publishDiagnostics of that version. The peer is yaml-language-server ${PEER_VERSIONS['yaml-language-server']} with validation on and no schema (schema store off). Both servers wait 200 ms after a change before validating (ours: TYPING_DELAY_MS; the peer: validationDelayMs), so "after the delay" is the work itself.`,
    headers: ['server', 'keystrokes', 'open → diagnostics ms', 'median ms', 'p95 ms', 'median after the 200 ms delay'],
    rows: [row('sipmon-config-lint', ours), row(`yaml-language-server ${PEER_VERSIONS['yaml-language-server']}`, peer)],
    targets: [
      { what: `median ${median(ours.samples).toFixed(0)} ms ≤ peer's ${median(peer.samples).toFixed(0)} ms`, met: median(ours.samples) <= median(peer.samples) },
      { what: `p95 ${percentile(ours.samples, 0.95).toFixed(0)} ms ≤ peer's ${percentile(peer.samples, 0.95).toFixed(0)} ms`, met: percentile(ours.samples, 0.95) <= percentile(peer.samples, 0.95) },
    ],
    notes: [],
  };
}
