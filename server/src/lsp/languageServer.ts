/** Wires the LSP adapter to a connection: one line per handler, the work done by the lsp/ services. */
import { Connection, DidChangeConfigurationNotification, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RuleSet } from '../core/engine';
import { FileResult } from '../linter';
import { inBackground } from './background';
import { ClientFeatures, clientFeatures, serverCapabilities } from './capabilities';
import { provideCodeActions } from './codeActions';
import { executeCommand } from './commands';
import { ConfigProblemPublisher } from './configFiles';
import { EngineErrorLog } from './engineErrorLog';
import { provideHover } from './hover';
import { LintCache, LintSnapshot } from './lintCache';
import { SettingsStore } from './settings';
import { Validator } from './validator';

const SERVER_INFO = { name: 'sipmon-config-lint', version: '0.1.0' };

/** Serves on `connection`; `rules` replaces the registry (a test adds a rule that throws). */
export function startLanguageServer(connection: Connection, rules?: RuleSet): void {
  const documents = new TextDocuments(TextDocument);
  const engineErrors = new EngineErrorLog((line) => connection.console.error(line));
  const cache = new LintCache(documents, (uri, result) => engineErrors.report(uri, result), rules);
  let features: ClientFeatures;
  let settings: SettingsStore;
  let validator: Validator;

  /** Runs `use` on the findings of the document's current version, or returns `fallback` when there are none. */
  async function withSnapshot<T>(uri: string, fallback: T, use: (document: TextDocument, snapshot: LintSnapshot, result: FileResult) => T): Promise<T> {
    const resourceSettings = await settings.forResource(uri);
    const document = documents.get(uri);
    if (!document || !resourceSettings.enable) {
      return fallback;
    }
    const snapshot = cache.snapshot(document, resourceSettings);
    return snapshot.result ? use(document, snapshot, snapshot.result) : fallback;
  }

  connection.onInitialize((params) => {
    features = clientFeatures(params.capabilities);
    settings = new SettingsStore(connection, features.configuration);
    validator = new Validator(connection, documents, cache, settings, new ConfigProblemPublisher(connection, documents), features);
    return { capabilities: serverCapabilities(features), serverInfo: SERVER_INFO };
  });
  connection.onInitialized(() => {
    if (features.configurationRegistration) {
      inBackground(connection, 'registering for configuration changes', connection.client.register(DidChangeConfigurationNotification.type, undefined));
    }
  });

  documents.onDidOpen((event) => validator.opened(event.document));
  documents.onDidChangeContent((event) => inBackground(connection, 'linting', validator.changed(event.document)));
  documents.onDidSave((event) => inBackground(connection, 'linting', validator.saved(event.document)));
  documents.onDidClose((event) => {
    validator.closed(event.document);
    engineErrors.forget(event.document.uri);
  });
  connection.onDidChangeConfiguration((params) => {
    settings.changed(params.settings);
    validator.everythingChanged();
  });
  connection.onDidChangeWatchedFiles((params) => validator.watchedFilesChanged(params.changes));
  connection.languages.diagnostics.on((params) => validator.pull(params.textDocument.uri));

  connection.onCodeAction((params) => withSnapshot(params.textDocument.uri, [], (document, snapshot, result) => provideCodeActions({
    document,
    result,
    params,
    relint: (text) => cache.lintText(document, snapshot.settings, text)?.findings,
  })));
  connection.onHover((params) => withSnapshot(params.textDocument.uri, null, (document, snapshot, result) => provideHover({
    document,
    result,
    model: () => cache.modelOf(snapshot),
    offset: document.offsetAt(params.position),
  })));
  connection.onExecuteCommand((params) => executeCommand(connection, features.showDocument, params));
  connection.onShutdown(() => validator.stop());

  documents.listen(connection);
  connection.listen();
}
