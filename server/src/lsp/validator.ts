/** When to lint and where the diagnostics go: pushed to clients without pull support, answered on pull otherwise. */
import { Connection, Diagnostic, DocumentDiagnosticReport, DocumentDiagnosticReportKind, FileChangeType, FileEvent, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { inBackground } from './background';
import { ClientFeatures } from './capabilities';
import { ConfigProblemPublisher } from './configFiles';
import { findingsToDiagnostics } from './diagnostics';
import { LintCache } from './lintCache';
import { Scheduler } from './scheduler';
import { Settings, SettingsStore } from './settings';
import { isConfigFilePath } from '../core/config';
import { areRelated, pathOfUri } from './uris';

/** Typing pauses shorter than this do not trigger a lint. */
export const TYPING_DELAY_MS = 200;
/** Other documents are re-linted once the burst of changes that affect them is over. */
export const RELATED_DELAY_MS = 200;

export class Validator {
  private readonly scheduler = new Scheduler();
  /** The version each document was opened at: the content event that follows the open is not a change. */
  private readonly openedAt = new Map<string, number>();
  /** Pull mode with `run: onSave`: the diagnostics of the last save, answered until the next one. */
  private readonly frozen = new Map<string, Diagnostic[]>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: LintCache,
    private readonly settings: SettingsStore,
    private readonly configProblems: ConfigProblemPublisher,
    private readonly features: ClientFeatures,
  ) {}

  opened(document: TextDocument): void {
    this.openedAt.set(document.uri, document.version);
    if (this.configDocumentChanged(document.uri)) {
      return;
    }
    // A pulling client asks for the new document by itself.
    if (!this.features.pullDiagnostics) {
      this.publish(document.uri);
    }
    this.relatedChanged(document.uri);
  }

  async changed(document: TextDocument): Promise<void> {
    if (this.openedAt.get(document.uri) === document.version || this.configDocumentChanged(document.uri)) {
      return;
    }
    const settings = await this.settings.forResource(document.uri);
    if (settings.run !== 'onType') {
      return;
    }
    if (!this.features.pullDiagnostics) {
      this.scheduler.schedule(document.uri, TYPING_DELAY_MS, () => this.publish(document.uri));
    }
    this.relatedChanged(document.uri);
  }

  async saved(document: TextDocument): Promise<void> {
    const filePath = pathOfUri(document.uri);
    const settings = await this.settings.forResource(document.uri);
    if ((filePath !== undefined && isConfigFilePath(filePath)) || settings.run !== 'onSave') {
      return;
    }
    this.frozen.delete(document.uri);
    if (this.features.pullDiagnostics) {
      this.refresh();
    } else {
      this.publish(document.uri);
    }
    this.relatedChanged(document.uri);
  }

  closed(document: TextDocument): void {
    this.openedAt.delete(document.uri);
    this.frozen.delete(document.uri);
    this.scheduler.cancel(document.uri);
    this.cache.invalidate(document.uri);
    this.settings.forget(document.uri);
    if (!this.features.pullDiagnostics) {
      inBackground(this.connection, 'publishing diagnostics', this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }));
    }
    // The disk's text replaces the closed document's for its config and its neighbours.
    if (!this.configDocumentChanged(document.uri)) {
      this.relatedChanged(document.uri);
    }
  }

  /** Settings or files on disk changed: forget every cached result and lint every open document again. */
  everythingChanged(): void {
    this.cache.invalidateAll();
    this.frozen.clear();
    this.scheduler.schedule('*', RELATED_DELAY_MS, () => this.revalidate(this.documents.all()));
  }

  watchedFilesChanged(changes: readonly FileEvent[]): void {
    for (const change of changes) {
      const filePath = pathOfUri(change.uri);
      if (filePath !== undefined && isConfigFilePath(filePath)) {
        if (change.type === FileChangeType.Deleted) {
          this.configProblems.clear(filePath);
        } else {
          this.configProblems.revalidate(filePath);
        }
      }
    }
    this.everythingChanged();
  }

  /** Answers `textDocument/diagnostic`. */
  async pull(uri: string): Promise<DocumentDiagnosticReport> {
    const settings = await this.settings.forResource(uri);
    const document = this.documents.get(uri);
    let items: Diagnostic[] = [];
    if (document) {
      items = (settings.run === 'onSave' ? this.frozen.get(uri) : undefined) ?? this.diagnosticsOf(document, settings);
      if (settings.run === 'onSave') {
        this.frozen.set(uri, items);
      }
    }
    return { kind: DocumentDiagnosticReportKind.Full, items };
  }

  stop(): void {
    this.scheduler.cancelAll();
  }

  /** Lints a document and pushes its diagnostics. */
  private publish(uri: string): void {
    inBackground(this.connection, 'linting', this.settings.forResource(uri).then((settings) => {
      // Read the document after the wait: it may have changed or closed meanwhile.
      const document = this.documents.get(uri);
      return document && this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: this.diagnosticsOf(document, settings) });
    }));
  }

  /** Documents whose findings may have changed without an edit of their own: push them again, or have the client pull. */
  private revalidate(documents: readonly TextDocument[]): void {
    if (this.features.pullDiagnostics) {
      this.refresh();
      return;
    }
    for (const document of documents) {
      const filePath = pathOfUri(document.uri);
      if (filePath === undefined || !isConfigFilePath(filePath)) {
        this.publish(document.uri);
      }
    }
  }

  private diagnosticsOf(document: TextDocument, settings: Settings): Diagnostic[] {
    if (!settings.enable) {
      return [];
    }
    const { result } = this.cache.snapshot(document, settings);
    if (result?.configPath !== undefined) {
      this.configProblems.publish(result.configPath, result.configProblems);
    }
    return result ? findingsToDiagnostics(document, result.findings) : [];
  }

  private refresh(): void {
    if (this.features.diagnosticRefresh) {
      inBackground(this.connection, 'asking the client to pull diagnostics', this.connection.languages.diagnostics.refresh());
    }
  }

  /** A document's text changed for its neighbours: their findings (cross-file rules) may change too. */
  private relatedChanged(uri: string): void {
    const changedPath = pathOfUri(uri);
    if (changedPath === undefined) {
      return;
    }
    const related = this.documents.all().filter((other) => {
      const otherPath = pathOfUri(other.uri);
      return other.uri !== uri && otherPath !== undefined && !isConfigFilePath(otherPath) && areRelated(changedPath, otherPath);
    });
    for (const other of related) {
      this.cache.invalidate(other.uri);
      this.frozen.delete(other.uri);
    }
    if (related.length > 0) {
      this.scheduler.schedule(`related:${uri}`, RELATED_DELAY_MS, () => this.revalidate(related));
    }
  }

  /** Handles an open, edited or closed `.sipmonlint.*` document; false for any other document. */
  private configDocumentChanged(uri: string): boolean {
    const filePath = pathOfUri(uri);
    if (filePath === undefined || !isConfigFilePath(filePath)) {
      return false;
    }
    this.configProblems.revalidate(filePath);
    this.everythingChanged();
    return true;
  }
}
