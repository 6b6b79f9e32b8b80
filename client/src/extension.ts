/** Extension entry point: starts the Sipmon language server and wires the status item and client commands. */
import * as path from 'node:path';
import { ExtensionContext, window, workspace } from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerGenerateCertificate } from './certificate/registerGenerateCertificate';
import { registerCommands } from './commands';
import { SIPMON_DOCUMENTS, WATCHED_FILES } from './documents';
import { LanguageServer } from './languageServer';
import { registerInsertSnippet } from './snippets/insertSnippetCommand';
import { createStatusItem } from './statusItem';

let server: LanguageServer | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  // The server's bundle beside the client's (scripts/bundle.js): the package holds only dist/.
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  // Shared by every client made on restart, so the log stays in one place.
  const outputChannel = window.createOutputChannel('Sipmon Config Lint', { log: true });
  const watcher = workspace.createFileSystemWatcher(WATCHED_FILES);
  const clientOptions: LanguageClientOptions = {
    documentSelector: SIPMON_DOCUMENTS,
    synchronize: { fileEvents: watcher },
    outputChannel,
  };
  // The id `sipmon` makes the client read its trace level from `sipmon.trace.server`.
  server = new LanguageServer(() => new LanguageClient('sipmon', 'Sipmon Config Lint', serverOptions, clientOptions));
  context.subscriptions.push(
    outputChannel,
    watcher,
    createStatusItem(server, SIPMON_DOCUMENTS),
    ...registerCommands(server, outputChannel),
    registerGenerateCertificate(),
    registerInsertSnippet(context),
  );
  await server.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
}
