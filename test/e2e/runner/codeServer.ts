/** Starts and stops code-server (the VS Code server with its web workbench) on a free loopback port. */
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { codeServerExecutable } from './paths';
import { Scratch } from './runs';

const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;

export interface CodeServerOptions {
  scratch: Scratch;
  trusted: boolean;
  /** Reaches the extension host: the suite reads its instructions from it. */
  env: Record<string, string>;
}

export interface CodeServer {
  port: number;
  /** Everything code-server printed, for the report of a failed run. */
  output(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

export function assertProvisioned(): void {
  if (!fs.existsSync(codeServerExecutable)) {
    throw new Error(`code-server is not installed at ${path.relative(process.cwd(), codeServerExecutable)}: run scripts/provision-e2e.sh (npm run test:e2e does)`);
  }
}

export function codeServerVersion(): string {
  // node_modules/.bin/code-server → node_modules/code-server/package.json
  const manifest = path.join(path.dirname(path.dirname(codeServerExecutable)), 'code-server', 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

export async function startCodeServer({ scratch, trusted, env }: CodeServerOptions): Promise<CodeServer> {
  assertProvisioned();
  const port = await freePort();
  const configFile = path.join(scratch.root, 'code-server.yaml');
  fs.writeFileSync(configFile, '');
  const args = [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--config', configFile,
    '--disable-telemetry',
    '--disable-update-check',
    ...(trusted ? ['--disable-workspace-trust'] : []),
    '--user-data-dir', scratch.userData,
    '--extensions-dir', scratch.extensions,
    scratch.workspace,
  ];
  // Its own process group, so stopping it also stops the server and extension host processes it forks.
  const child = spawn(codeServerExecutable, args, { detached: true, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => { output += chunk.toString(); };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`code-server did not listen within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const listening = () => {
      if (/HTTP server listening on/.test(output)) {
        clearTimeout(timer);
        child.stdout?.off('data', listening);
        child.off('exit', exited);
        resolve();
      }
    };
    const exited = (code: number | null) => fail(new Error(`code-server exited with ${code} before listening`));
    const fail = (error: Error) => {
      clearTimeout(timer);
      stopGroup(child);
      reject(new Error(`${error.message}\n${output}`));
    };
    child.stdout?.on('data', listening);
    child.once('exit', exited);
  });
  return {
    port,
    output: () => output,
    stop: () => stopAndWait(child),
  };
}

function stopGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  }
}

async function stopAndWait(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    stopGroup(child);
    const timer = setTimeout(() => stopGroup(child, 'SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
  // Whatever of its group outlived it (an extension host, the language server) goes too.
  if (child.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // The group is empty.
    }
  }
}
