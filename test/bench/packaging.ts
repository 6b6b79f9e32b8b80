/**
 * Benchmark 5: the .vsix that `npm run package` makes (esbuild bundles plus assets), and activation as VS Code itself
 * reports it, read by the activation run of the end-to-end runner (code-server) in fresh editors; beside it, where the
 * time goes, measured on the bundles outside the editor.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';
import { LspSession, SHIPPED_SERVER } from './lspSession';
import { Cell, median, nowMs } from './measure';
import { BenchSection } from './section';

export const MAX_VSIX_MB = 2;
export const MAX_ACTIVATION_MS = 100;
/** Fresh editors for the activation figure, and fresh processes for the figures outside the editor. */
const EDITOR_RUNS = 5;
const RUNS = 5;
const CLIENT_BUNDLE = path.join(repoRoot, 'dist', 'extension.js');
/** What test/e2e/runner/activationRecord.ts writes (the runner takes the file's name from this variable). */
const ACTIVATION_RECORD_ENV = 'SIPMON_E2E_ACTIVATION_RECORD';

interface ActivationTimes {
  loadCode: number;
  callActivate: number;
  finishActivate: number;
  event: string;
}

interface ActivationRecord {
  recordedAt: string;
  commit: string;
  editor: string;
  runs: ActivationTimes[];
}

/** Size in MB of the package `npm run package` makes (it compiles and bundles first), written to a scratch folder. */
function packageMb(scratch: string): number {
  const vsix = path.join(scratch, 'sipmon-config-lint.vsix');
  execFileSync('npm', ['run', 'package', '--silent', '--', '-o', vsix], { cwd: repoRoot, stdio: 'pipe' });
  return fs.statSync(vsix).size / (1024 * 1024);
}

/** Runs the end-to-end activation run in fresh editors; its record, or why there is none. */
function activationInEditor(scratch: string, log: (line: string) => void): ActivationRecord | string {
  const provision = spawnSync('bash', [path.join(repoRoot, 'scripts', 'provision-e2e.sh')], { cwd: repoRoot, encoding: 'utf8' });
  if (provision.status !== 0) {
    return `the end-to-end runner could not be provisioned: ${provision.stderr.trim().split('\n').pop() ?? ''}`;
  }
  const record = path.join(scratch, 'activation.json');
  const runner = spawnSync(process.execPath, [path.join(repoRoot, 'out', 'test', 'e2e', 'runBrowser.js'), ...Array<string>(EDITOR_RUNS).fill('activation')], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, [ACTIVATION_RECORD_ENV]: record },
  });
  runner.stdout.split('\n').filter((line) => /activation as VS Code|e2e:/.test(line)).forEach((line) => log(`  ${line}`));
  if (runner.status !== 0 || !fs.existsSync(record)) {
    return `the activation run failed (exit ${runner.status}): ${runner.stdout.split('\n').filter((line) => line.startsWith('FAILED')).join('; ')}`;
  }
  return JSON.parse(fs.readFileSync(record, 'utf8')) as ActivationRecord;
}

/** Milliseconds to require the client bundle (with `vscode` stubbed), in a fresh process. */
function clientLoadMs(): number {
  const stub = path.join(__dirname, 'vscodeStub.js');
  const script = `require(${JSON.stringify(stub)}).installVscodeStub(); const t = process.hrtime.bigint(); require(${JSON.stringify(CLIENT_BUNDLE)}); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;
  return Number(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout);
}

/** Milliseconds from spawning the server bundle to its answer to `initialize`. */
async function serverStartMs(): Promise<number> {
  const started = nowMs();
  const session = await LspSession.start([SHIPPED_SERVER, '--stdio']);
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

async function outsideEditor(): Promise<{ client: number; server: number; floor: number }> {
  const client: number[] = [];
  const server: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    client.push(clientLoadMs());
    server.push(await serverStartMs());
    floor.push(nodeStartMs());
  }
  return { client: median(client), server: median(server), floor: median(floor) };
}

export async function packaging(log: (line: string) => void): Promise<BenchSection> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-bench-vsix-'));
  try {
    const vsixMb = packageMb(scratch);
    log(`  .vsix ${vsixMb.toFixed(2)} MB; activation in ${EDITOR_RUNS} fresh editors (npm run test:e2e -- activation)…`);
    const editor = activationInEditor(scratch, log);
    const outside = await outsideEditor();
    const rows: Cell[][] = [['.vsix (`npm run package`), MB', vsixMb.toFixed(2), '']];
    const targets = [{ what: `.vsix ${vsixMb.toFixed(2)} MB < ${MAX_VSIX_MB} MB`, met: vsixMb < MAX_VSIX_MB }];
    const notes: string[] = [];
    if (typeof editor === 'string') {
      rows.push(['activation in the editor', 'not measured', editor]);
      targets.push({ what: `activation < ${MAX_ACTIVATION_MS} ms: not measured (${editor})`, met: false });
    } else {
      const of = (pick: (times: ActivationTimes) => number) => median(editor.runs.map(pick));
      const shown = of((times) => times.loadCode + times.callActivate);
      const each = (pick: (times: ActivationTimes) => number) => editor.runs.map(pick).join(', ');
      rows.push(
        ['**activation as VS Code shows it** (Running Extensions: load + activate()), ms', shown, each((times) => times.loadCode + times.callActivate)],
        ['  load the client bundle (codeLoadingTime), ms', of((times) => times.loadCode), each((times) => times.loadCode)],
        ['  run activate() until it returns its promise (activateCallTime), ms', of((times) => times.callActivate), each((times) => times.callActivate)],
        ['then until that promise resolves: the language server started and answered `initialize` (activateResolvedTime), ms', of((times) => times.finishActivate), each((times) => times.finishActivate)],
      );
      targets.push({ what: `activation as VS Code reports it ${shown} ms < ${MAX_ACTIVATION_MS} ms`, met: shown < MAX_ACTIVATION_MS });
      notes.push(`Editor figures from ${editor.editor}, commit ${editor.commit}, ${editor.recordedAt}; activated by ${[...new Set(editor.runs.map((times) => times.event))].join(', ')}.`);
    }
    rows.push(
      ['outside the editor: require dist/extension.js (`vscode` stubbed), ms', outside.client, `median of ${RUNS}`],
      ['outside the editor: spawn dist/server.js → `initialize` answered, ms', outside.server, `median of ${RUNS}`],
      ['floor: `node -e ""`, ms', outside.floor, `median of ${RUNS}`],
    );
    return {
      title: 'Package and activation',
      method: `The .vsix that \`npm run package\` writes: the client, the language server and the CLI bundled by esbuild (scripts/bundle.js: minified, ES module builds preferred, \`vscode\` external) and the assets, no node_modules. Activation is VS Code's own figure, read from its Startup Performance report by the activation run of the end-to-end suite (code-server driving the packaged extension, unpacked from the .vsix; the first Sipmon file opened activates it) in ${EDITOR_RUNS} fresh editors, median shown with each run's value: Running Extensions shows load + activate() as the activation time. activate() then awaits the language server's start, which VS Code counts apart. The last rows take the same bundles apart outside the editor, medians of ${RUNS} fresh processes; the floor (Node starting on an empty script) shows how loaded the shared machine was during the run.`,
      headers: ['measure', 'median', 'each run'],
      rows,
      targets,
      notes,
    };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
