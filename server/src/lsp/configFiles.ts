/** Problems of `.sipmonlint.*` files, always pushed on the config file's own URI (it may be open or not). */
import { Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigProblem, parseConfig } from '../core/config';
import { toSlashes } from '../core/globs';
import { vocabulary } from '../linter';
import { inBackground } from './background';
import { configProblemsToDiagnostics } from './diagnostics';
import { uriOfPath } from './uris';
import { workspaceViewOf } from './workspaceView';

export class ConfigProblemPublisher {
  /** What was last sent per config URI, so re-lints of every document using it do not repeat it. */
  private readonly published = new Map<string, string>();

  constructor(private readonly connection: Connection, private readonly documents: TextDocuments<TextDocument>) {}

  /** Publishes the problems a lint found in the config file it used. */
  publish(configPath: string, problems: readonly ConfigProblem[]): void {
    const text = workspaceViewOf(this.documents).readFile(toSlashes(configPath)) ?? '';
    const uri = uriOfPath(configPath);
    const diagnostics = configProblemsToDiagnostics(uri, text, problems);
    const key = JSON.stringify(diagnostics);
    if (this.published.get(uri) !== key) {
      this.published.set(uri, key);
      inBackground(this.connection, 'publishing diagnostics', this.connection.sendDiagnostics({ uri, diagnostics }));
    }
  }

  /** Validates a config file as it is now (open document or disk) and publishes its problems; clears them when it is gone. */
  revalidate(configPath: string): void {
    const text = workspaceViewOf(this.documents).readFile(toSlashes(configPath));
    if (text === undefined) {
      this.clear(configPath);
      return;
    }
    this.publish(configPath, parseConfig(text, configPath, vocabulary).problems);
  }

  clear(configPath: string): void {
    const uri = uriOfPath(configPath);
    if (this.published.get(uri) !== '[]') {
      this.published.set(uri, '[]');
      inBackground(this.connection, 'publishing diagnostics', this.connection.sendDiagnostics({ uri, diagnostics: [] }));
    }
  }
}
