/** A minimal LSP client over real stdio for the benchmarks: start a server, open documents, type, and time the diagnostics. */
import { ChildProcess, spawn } from 'node:child_process';
import { createProtocolConnection, ProtocolConnection, PublishDiagnosticsParams, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';
import { nowMs } from './measure';

/** The language server as the .vsix ships it: `npm run bench` bundles before it measures. */
export const SHIPPED_SERVER = path.join(repoRoot, 'dist', 'server.js');

const WAIT_MS = 60_000;

export class LspSession {
  private readonly waiters: { uri: string; version: number | undefined; resolve: (at: number) => void }[] = [];
  /** How many diagnostics notifications arrived per URI. */
  readonly published = new Map<string, number>();

  private constructor(readonly child: ChildProcess, private readonly connection: ProtocolConnection) {}

  /** Starts `node <args>` speaking LSP on stdio; `settings` answers `workspace/configuration` by section and is pushed once. */
  static async start(args: string[], settings: Record<string, unknown> = {}): Promise<LspSession> {
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(child, connection);
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => session.received(params));
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((item) => settings[item.section ?? ''] ?? null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    // A server that dies leaves nothing for the event loop to wait on: fail loudly instead of exiting quietly.
    const died = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the server exited with ${code}`))));
    died.catch(() => undefined);
    await Promise.race([died, connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { didSave: true } }, workspace: { configuration: true } },
    })]);
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('workspace/didChangeConfiguration', { settings });
    return session;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Resolves with the time the next diagnostics for `uri` (and `version`, when the server says which) arrive. */
  nextDiagnostics(uri: string, version?: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${WAIT_MS} ms`)), WAIT_MS);
      this.waiters.push({ uri, version, resolve: (at) => { clearTimeout(timer); resolve(at); } });
    });
  }

  open(uri: string, languageId: string, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Inserts `text` at a position, as one keystroke does. */
  insert(uri: string, version: number, line: number, character: number, text: string): Promise<void> {
    const position = { line, character };
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: position, end: position }, text }] });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 3000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // Killed below either way.
    }
    const exited = new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }

  private received(params: PublishDiagnosticsParams): void {
    const at = nowMs();
    this.published.set(params.uri, (this.published.get(params.uri) ?? 0) + 1);
    const index = this.waiters.findIndex((waiter) => waiter.uri === params.uri && (waiter.version === undefined || params.version === undefined || params.version === waiter.version));
    if (index !== -1) {
      const [waiter] = this.waiters.splice(index, 1);
      waiter.resolve(at);
    }
  }
}
