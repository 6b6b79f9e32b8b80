/** A JSON-RPC client that starts the built language server over stdio, for protocol tests that wait on messages, never on time. */
import { ChildProcess, fork, spawn } from 'node:child_process';
import * as path from 'node:path';
import {
  ClientCapabilities, CodeAction, CodeActionParams, ConfigurationParams, createProtocolConnection, Diagnostic, DocumentDiagnosticReport,
  Hover, InitializeResult, IPCMessageReader, IPCMessageWriter, ProtocolConnection, PublishDiagnosticsParams, Range, ShowDocumentParams, StreamMessageReader, StreamMessageWriter,
  TextDocumentEdit, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** out/test/helpers → out/server/src/server.js */
export const SERVER_MODULE = path.resolve(__dirname, '..', '..', 'server', 'src', 'server.js');
const WAIT_MS = 5000;

export interface ClientOptions {
  /** Declare `textDocument.diagnostic` (and refresh support): the server answers pulls instead of pushing. */
  pullDiagnostics?: boolean;
  /** Declare `workspace.configuration`: the server asks for settings and {@link LspTestClient.settings} answers. */
  configuration?: boolean;
  showDocument?: boolean;
  /** `stdio` (any editor) or `ipc` (what the VS Code client uses); stdio by default. */
  transport?: 'stdio' | 'ipc';
  /** Another entry point that starts the server: a test one (e.g. with a faulty rule added), or a bundle of dist/; {@link SERVER_MODULE} by default. */
  serverModule?: string;
}

interface LoggedMessage {
  method: string;
  params: unknown;
}

export class LspTestClient {
  /** What the client answers to `workspace/configuration`, per scope URI (any URI when absent). */
  settings: (scopeUri: string | undefined) => unknown = () => ({});
  /** Every notification and request the server sent, in order. */
  readonly received: LoggedMessage[] = [];
  initializeResult!: InitializeResult;
  private readonly texts = new Map<string, { text: string; version: number; languageId: string }>();
  private readonly listeners = new Set<() => void>();
  private stderr = '';

  private constructor(private readonly child: ChildProcess, readonly connection: ProtocolConnection) {}

  static async start(options: ClientOptions = {}): Promise<LspTestClient> {
    const serverModule = options.serverModule ?? SERVER_MODULE;
    const child = options.transport === 'ipc'
      ? fork(serverModule, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
      : spawn(process.execPath, [serverModule, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = options.transport === 'ipc'
      ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
      : createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(child, connection);
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    const log = (method: string) => (params: unknown) => client.log(method, params);
    connection.onNotification('textDocument/publishDiagnostics', log('textDocument/publishDiagnostics'));
    connection.onNotification('window/logMessage', log('window/logMessage'));
    connection.onNotification('window/showMessage', log('window/showMessage'));
    connection.onRequest('workspace/configuration', (params: ConfigurationParams) => {
      client.log('workspace/configuration', params);
      return params.items.map((item) => client.settings(item.scopeUri));
    });
    connection.onRequest('window/showDocument', (params: ShowDocumentParams) => {
      client.log('window/showDocument', params);
      return { success: true };
    });
    connection.onRequest('workspace/diagnostic/refresh', () => {
      client.log('workspace/diagnostic/refresh', undefined);
      return null;
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    const capabilities: ClientCapabilities = {
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } }, isPreferredSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        ...(options.pullDiagnostics ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
      workspace: {
        configuration: options.configuration === true,
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        ...(options.pullDiagnostics ? { diagnostics: { refreshSupport: true } } : {}),
      },
      window: options.showDocument ? { showDocument: { support: true } } : {},
    };
    client.initializeResult = await withTimeout(
      connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities }) as Promise<InitializeResult>,
      'initialize',
    );
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** The number of messages received so far: pass it to the waits to ignore what came before an action. */
  mark(): number {
    return this.received.length;
  }

  /** Resolves with the first message of `method` after `since` that `accept` takes; rejects after a bounded wait. */
  waitFor<T>(method: string, accept: (params: T) => boolean = () => true, since = 0): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const found = this.received.slice(since).find((message) => message.method === method && accept(message.params as T));
        if (found) {
          this.listeners.delete(check);
          clearTimeout(timer);
          resolve(found.params as T);
        }
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`no ${method} within ${WAIT_MS} ms; server stderr: ${this.stderr || '(empty)'}`));
      }, WAIT_MS);
      this.listeners.add(check);
      check();
    });
  }

  /**
   * The next diagnostics published for `uri` after `since` (for the document's current version, when it is open)
   * that `accept` takes: a test that expects a given state waits for it rather than for whichever re-lint comes first.
   */
  diagnostics(uri: string, since = 0, accept: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const version = this.texts.get(uri)?.version;
    return this.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (params) => params.uri === uri && (version === undefined || params.version === undefined || params.version === version) && accept(params.diagnostics),
      since,
    ).then((params) => params.diagnostics);
  }

  async open(uri: string, text: string, languageId = 'yaml'): Promise<void> {
    this.texts.set(uri, { text, version: 1, languageId });
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const document = this.document(uri);
    const version = document.version + 1;
    this.texts.set(uri, { ...document, text, version });
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Inserts `text` at `offset`, sent as an incremental change (as editors send keystrokes); returns the new version. */
  async insert(uri: string, offset: number, text: string): Promise<number> {
    const document = this.document(uri);
    const before = TextDocument.create(uri, document.languageId, document.version, document.text);
    const position = before.positionAt(offset);
    const version = document.version + 1;
    this.texts.set(uri, { ...document, text: document.text.slice(0, offset) + text + document.text.slice(offset), version });
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: position, end: position }, text }] });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.texts.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.document(uri).text;
  }

  version(uri: string): number {
    return this.document(uri).version;
  }

  pull(uri: string): Promise<DocumentDiagnosticReport> {
    return withTimeout(this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }), 'textDocument/diagnostic');
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const params: CodeActionParams = { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } };
    return withTimeout(this.connection.sendRequest('textDocument/codeAction', params) as Promise<CodeAction[] | null>, 'textDocument/codeAction')
      .then((actions) => actions ?? []);
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return withTimeout(this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }), 'textDocument/hover');
  }

  /** Applies a workspace edit's changes of `uri` to the client's text; it must target the current version. */
  applyEdit(uri: string, edit: WorkspaceEdit | undefined): string {
    const document = this.document(uri);
    const changes = (edit?.documentChanges ?? []).filter((change): change is TextDocumentEdit => TextDocumentEdit.is(change) && change.textDocument.uri === uri);
    if (changes.length === 0) {
      throw new Error(`the edit does not change ${uri}`);
    }
    let text = document.text;
    for (const change of changes) {
      if (change.textDocument.version !== document.version) {
        throw new Error(`the edit targets version ${change.textDocument.version}, the document is at ${document.version}`);
      }
      text = TextDocument.applyEdits(TextDocument.create(uri, document.languageId, document.version, text), change.edits.filter(TextEdit.is));
    }
    return text;
  }

  /** Shuts the server down politely, then makes sure the process is gone. */
  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 'shutdown', 2000);
      await this.connection.sendNotification('exit');
    } catch {
      // The process is killed below either way.
    }
    const exited = new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }

  private document(uri: string): { text: string; version: number; languageId: string } {
    const document = this.texts.get(uri);
    if (!document) {
      throw new Error(`${uri} is not open`);
    }
    return document;
  }

  private log(method: string, params: unknown): void {
    this.received.push({ method, params });
    for (const listener of [...this.listeners]) {
      listener();
    }
  }
}

function withTimeout<T>(promise: Thenable<T>, what: string, ms = WAIT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    promise.then((value) => { clearTimeout(timer); resolve(value); }, (error: unknown) => { clearTimeout(timer); reject(error); });
  });
}
