/** The `sipmon.*` editor settings: reading them per resource, validating them, caching them until they change. */
import { Connection } from 'vscode-languageserver/node';
import { DEFAULT_MAX_FILE_SIZE, defaultSettings as defaultRuleSettings, isMaxFileSize, RuleLevel, TLS_PROFILES, TlsProfile } from '../core/config';
import { SETTINGS_SECTION } from '../protocol';

export type RunMode = 'onType' | 'onSave';

export interface Settings {
  enable: boolean;
  run: RunMode;
  /** Layered over the config file's `rules`. */
  rules: Record<string, RuleLevel>;
  /** Glob → format id, layered over the config file's `associations`. */
  associations: Record<string, string>;
  /** The editor's TLS profile; a `tlsProfile` in the config file wins over it. */
  tlsProfile: TlsProfile;
  /** In bytes; a `maxFileSize` in the config file wins over it. */
  maxFileSize: number;
}

export const defaultSettings: Settings = {
  enable: true,
  run: 'onType',
  rules: {},
  associations: {},
  tlsProfile: defaultRuleSettings.tlsProfile,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
};

const LEVELS: readonly string[] = ['error', 'warning', 'info', 'off'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTlsProfile(value: unknown): value is TlsProfile {
  return typeof value === 'string' && (TLS_PROFILES as readonly string[]).includes(value);
}

function stringEntries(value: unknown, accept: (text: string) => boolean): Record<string, string> {
  const entries = isRecord(value) ? Object.entries(value) : [];
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string' && accept(entry[1])));
}

/** Reads a `sipmon` settings object as any client may send it; a wrong value falls back to its default. */
export function normalizeSettings(raw: unknown): Settings {
  const value = isRecord(raw) ? raw : {};
  const files = isRecord(value.files) ? value.files : {};
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : defaultSettings.enable,
    run: value.run === 'onSave' ? 'onSave' : 'onType',
    rules: stringEntries(value.rules, (level) => LEVELS.includes(level)) as Record<string, RuleLevel>,
    associations: stringEntries(files.associations, () => true),
    tlsProfile: isTlsProfile(value.tlsProfile) ? value.tlsProfile : defaultSettings.tlsProfile,
    maxFileSize: isMaxFileSize(value.maxFileSize) ? value.maxFileSize : defaultSettings.maxFileSize,
  };
}

/**
 * Settings per resource, as vscode-eslint and lsp-sample keep them: asked with `workspace/configuration`
 * (scoped to the document) when the client can answer, otherwise taken from `didChangeConfiguration`.
 */
export class SettingsStore {
  private readonly byResource = new Map<string, Promise<Settings>>();
  private pushed: Settings = defaultSettings;

  constructor(private readonly connection: Connection, private readonly clientAnswersConfiguration: boolean) {}

  /** The settings of one document; the same object until {@link changed} is called. */
  forResource(uri: string): Promise<Settings> {
    if (!this.clientAnswersConfiguration) {
      return Promise.resolve(this.pushed);
    }
    let settings = this.byResource.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(normalizeSettings, () => defaultSettings);
      this.byResource.set(uri, settings);
    }
    return settings;
  }

  /** Handles `workspace/didChangeConfiguration`: forget every cached answer, keep what a pushing client sent. */
  changed(pushedSettings: unknown): void {
    this.byResource.clear();
    if (!this.clientAnswersConfiguration) {
      this.pushed = normalizeSettings(isRecord(pushedSettings) ? pushedSettings[SETTINGS_SECTION] : undefined);
    }
  }

  forget(uri: string): void {
    this.byResource.delete(uri);
  }
}
