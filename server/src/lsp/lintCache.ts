/** Lints each document once per version (and settings), and loads each folder's config file once until it changes. */
import * as path from 'node:path';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadConfig, LoadedConfig } from '../core/config';
import { RuleSet, safeParse } from '../core/engine';
import { workspaceOf } from '../core/workspace';
import { formatById } from '../formats';
import { FileResult, lintFile, vocabulary } from '../linter';
import { Settings } from './settings';
import { pathOfUri } from './uris';
import { workspaceViewOf } from './workspaceView';

/** The findings of one version of a document, and the text they were computed on. */
export interface LintSnapshot {
  uri: string;
  version: number;
  text: string;
  settings: Settings;
  /** Undefined when the document is not a Sipmon file (or is ignored, or is a config file). */
  result: FileResult | undefined;
}

interface Entry extends LintSnapshot {
  model?: unknown;
}

export type EngineErrorLogger = (uri: string, result: FileResult) => void;

export class LintCache {
  private readonly entries = new Map<string, Entry>();
  private readonly configs = new Map<string, LoadedConfig>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly logEngineErrors: EngineErrorLogger,
    private readonly ruleSet?: RuleSet,
  ) {}

  /** The findings of the document's current version under these settings, linting only when they are not cached. */
  snapshot(document: TextDocument, settings: Settings): LintSnapshot {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings) {
      return cached;
    }
    const text = document.getText();
    const entry: Entry = { uri: document.uri, version: document.version, text, settings, result: this.lintText(document, settings, text) };
    this.entries.set(document.uri, entry);
    if (entry.result?.engineErrors.length) {
      this.logEngineErrors(document.uri, entry.result);
    }
    return entry;
  }

  /** Lints a text that is not (yet) the document's, e.g. after a fix-all pass; the file itself reads as that text. */
  lintText(document: TextDocument, settings: Settings, text: string): FileResult | undefined {
    const filePath = pathOfUri(document.uri);
    const open = workspaceViewOf(this.documents);
    const workspace = filePath === undefined ? open : workspaceOf({ [filePath]: text }, open);
    return lintFile({
      path: filePath,
      text,
      languageId: document.languageId,
      workspace,
      override: { rules: settings.rules, associations: settings.associations, settings: { tlsProfile: settings.tlsProfile }, maxFileSize: settings.maxFileSize },
      config: filePath === undefined ? undefined : this.configFor(filePath),
      ruleSet: this.ruleSet,
    });
  }

  /** The parsed model behind a snapshot (for hovers), parsed at most once per snapshot still cached; none for a file over the size limit. */
  modelOf(snapshot: LintSnapshot): unknown {
    const format = snapshot.result && !snapshot.result.tooLarge ? formatById(snapshot.result.format) : undefined;
    if (!format) {
      return undefined;
    }
    const entry = this.entries.get(snapshot.uri);
    if (entry !== snapshot) {
      return safeParse(format, snapshot.text).model;
    }
    entry.model ??= safeParse(format, entry.text).model;
    return entry.model;
  }

  /** Forgets a document's findings, so the next request lints it again (its neighbours changed). */
  invalidate(uri: string): void {
    this.entries.delete(uri);
  }

  /** Forgets every config file and every finding: a config file or the settings changed. */
  invalidateAll(): void {
    this.configs.clear();
    this.entries.clear();
  }

  private configFor(filePath: string): LoadedConfig {
    const folder = path.dirname(filePath);
    let loaded = this.configs.get(folder);
    if (!loaded) {
      loaded = loadConfig(filePath, workspaceViewOf(this.documents), vocabulary);
      this.configs.set(folder, loaded);
    }
    return loaded;
  }
}
