/**
 * Benchmark 5: the .vsix as packaged today (compiled files plus node_modules) and with the client, the server and
 * the CLI bundled by esbuild; and what activation costs: loading the client, and starting the server up to its
 * answer to `initialize` (activate() awaits both).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';
import { LspSession } from './lspSession';
import { median, nowMs } from './measure';
import { peerModule, PEER_VERSIONS } from './peers';
import { BenchSection } from './section';

export const MAX_VSIX_MB = 2;
export const MAX_ACTIVATION_MS = 100;
const RUNS = 5;
const VSCE = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');

/**
 * The entry points, bundled to the paths the compiled files have, so that nothing else needs to change.
 * `--main-fields=module,main`: jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow.
 */
const ENTRIES = ['out/client/src/extension.js', 'out/server/src/server.js', 'out/server/src/cli/main.js'];
/** What the package holds besides the code (as .vscodeignore leaves it). */
const ASSETS = ['package.json', 'README.md', 'bin', 'docs', 'schemas', 'syntaxes', 'snippets', 'languages'];

function vsix(cwd: string, out: string, extraArgs: string[] = []): number {
  execFileSync(process.execPath, [VSCE, 'package', '--no-rewrite-relative-links', '--allow-missing-repository', '--skip-license', ...extraArgs, '-o', out], { cwd, stdio: 'pipe' });
  return fs.statSync(out).size / (1024 * 1024);
}

function bundle(stage: string): void {
  const esbuild = peerModule('esbuild', 'bin', 'esbuild');
  for (const entry of ENTRIES) {
    execFileSync(esbuild, [path.join(repoRoot, entry), '--bundle', '--platform=node', '--format=cjs', '--target=node20', '--minify', '--main-fields=module,main', '--external:vscode', `--outfile=${path.join(stage, entry)}`], { stdio: 'pipe' });
  }
  for (const asset of ASSETS) {
    fs.cpSync(path.join(repoRoot, asset), path.join(stage, asset), { recursive: true });
  }
  fs.writeFileSync(path.join(stage, '.vscodeignore'), 'node_modules/**\n**/*.map\n');
}

/** Milliseconds to require the client's entry point (with `vscode` stubbed), in a fresh process. */
function clientLoadMs(extension: string): number {
  const stub = path.join(__dirname, 'vscodeStub.js');
  const script = `require(${JSON.stringify(stub)}).installVscodeStub(); const t = process.hrtime.bigint(); require(${JSON.stringify(extension)}); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;
  return Number(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout);
}

/** Milliseconds from spawning the server to its answer to `initialize`. */
async function serverStartMs(server: string): Promise<number> {
  const started = nowMs();
  const session = await LspSession.start([server, '--stdio']);
  const ready = nowMs() - started;
  await session.stop();
  return ready;
}

/** Milliseconds to start Node itself on an empty script: the floor under any server start. */
function nodeStartMs(): number {
  const started = nowMs();
  spawnSync(process.execPath, ['-e', '']);
  return nowMs() - started;
}

async function activation(root: string): Promise<{ client: number; server: number }> {
  const client: number[] = [];
  const server: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    client.push(clientLoadMs(path.join(root, ENTRIES[0])));
    server.push(await serverStartMs(path.join(root, ENTRIES[1])));
  }
  return { client: median(client), server: median(server) };
}

export async function packaging(log: (line: string) => void): Promise<BenchSection> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-bench-vsix-'));
  try {
    const unbundledMb = vsix(repoRoot, path.join(scratch, 'unbundled.vsix'));
    const stage = path.join(scratch, 'bundled');
    bundle(stage);
    const bundledMb = vsix(stage, path.join(scratch, 'bundled.vsix'), ['--no-dependencies']);
    const unbundled = await activation(repoRoot);
    const bundled = await activation(stage);
    log(`  .vsix ${unbundledMb.toFixed(2)} MB unbundled, ${bundledMb.toFixed(2)} MB bundled; activation ${(unbundled.client + unbundled.server).toFixed(0)} ms unbundled, ${(bundled.client + bundled.server).toFixed(0)} ms bundled`);
    const bundledActivation = bundled.client + bundled.server;
    const floorMs = median(Array.from({ length: RUNS }, nodeStartMs));
    return {
      title: 'Package and activation',
      method: `The .vsix made by \`vsce package\` from the repository as it is (compiled files and production node_modules), and from a staging folder where esbuild ${PEER_VERSIONS.esbuild} bundled the client, the server and the CLI (minified, ES module builds preferred, \`vscode\` external) to the same paths. Activation is what activate() awaits, measured outside VS Code in two parts, medians of ${RUNS} fresh processes: requiring the client's entry point (with \`vscode\` stubbed), and starting the server until it answers \`initialize\`.`,
      headers: ['build', '.vsix MB', 'client load ms', 'server start → initialize ms', 'activation ms (sum)'],
      rows: [
        ['compiled (today\'s package)', unbundledMb, unbundled.client, unbundled.server, unbundled.client + unbundled.server],
        [`bundled (esbuild ${PEER_VERSIONS.esbuild})`, bundledMb, bundled.client, bundled.server, bundledActivation],
        ['floor: `node -e ""` (no code at all)', '', '', floorMs, ''],
      ],
      targets: [
        { what: `bundled .vsix ${bundledMb.toFixed(2)} MB < ${MAX_VSIX_MB} MB`, met: bundledMb < MAX_VSIX_MB },
        { what: `bundled activation ${bundledActivation.toFixed(0)} ms < ${MAX_ACTIVATION_MS} ms`, met: bundledActivation < MAX_ACTIVATION_MS },
      ],
      notes: [],
    };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
