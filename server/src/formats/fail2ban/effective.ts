/**
 * fail2ban's effective jail configuration: every file merged in load order (a later file wins, a jail's own
 * option beats [DEFAULT]), with `%(name)s` interpolation resolved as configparser and fail2ban do it.
 */
import { IniEntry } from '../ini/model';
import { JailFile } from './layout';

export const SIPMON_JAIL = 'Sipmon';
export const DEFAULT_SECTION = 'DEFAULT';
export const INCLUDES_SECTION = 'INCLUDES';
export const SIPMON_LOGPATH = '/var/log/Sipmon/login.log';

/** An option written in a file: in the jail's own section, or in [DEFAULT]. */
export interface Setting {
  file: JailFile;
  entry: IniEntry;
  scope: 'jail' | 'default';
}

/** Shared by every rule that asks for the same option, so never changed once computed. */
export interface EffectiveValue {
  /** The value as written, before interpolation; undefined when nothing sets it. */
  readonly raw: string | undefined;
  /** The value fail2ban uses; undefined when unset or when interpolation fails. */
  readonly value: string | undefined;
  /** Why interpolation failed. */
  readonly error?: string;
  /** Where the value is set; undefined for a default of fail2ban itself (or of the stock jail.conf when that file is not in view). */
  readonly setting: Setting | undefined;
}

/** fail2ban's own defaults for the options the rules read (jail.conf present: its [DEFAULT] usually sets them). */
const CODE_DEFAULTS: Record<string, string> = { enabled: 'false', backend: 'auto', maxretry: '3', findtime: '600', bantime: '600' };

/** What the stock jail.conf sets, assumed when that file is not in view (an editor showing only jail.d/custom.conf). */
const STOCK_DEFAULTS: Record<string, string> = { ...CODE_DEFAULTS, maxretry: '5', findtime: '10m', bantime: '10m', port: '0:65535' };
const STOCK_JAILS: Record<string, Record<string, string>> = { [SIPMON_JAIL]: { port: 'http,https', logpath: SIPMON_LOGPATH } };

const MAX_INTERPOLATION_DEPTH = 10;

const BOOLEANS: Record<string, boolean> = { 1: true, yes: true, true: true, on: true, 0: false, no: false, false: false, off: false };

/** configparser's getboolean(); undefined for anything else (fail2ban then refuses the jail). */
export function parseBoolean(value: string | undefined): boolean | undefined {
  return value === undefined ? undefined : BOOLEANS[value.trim().toLowerCase()];
}

export class JailConfiguration {
  /** Settings per section, then per option name, in load order. */
  private readonly settings = new Map<string, Map<string, Setting[]>>();
  /** Effective values already computed, per jail then option: the rules ask for the same ones, and the files never change. */
  private readonly options = new Map<string, Map<string, EffectiveValue>>();
  private active: readonly string[] | undefined;
  /** Whether jail.conf itself is in view: if not, the stock file's values are assumed. */
  readonly hasMainFile: boolean;

  constructor(readonly files: readonly JailFile[]) {
    this.hasMainFile = files.some((file) => file.role === 'main');
    for (const file of files) {
      for (const section of file.doc.sections) {
        if (section.headerSpan === undefined) {
          continue;
        }
        for (const entry of section.entries) {
          const options = this.settings.get(entry.section) ?? new Map<string, Setting[]>();
          this.settings.set(entry.section, options);
          const list = options.get(entry.name) ?? [];
          list.push({ file, entry, scope: entry.section === DEFAULT_SECTION ? 'default' : 'jail' });
          options.set(entry.name, list);
        }
      }
    }
  }

  /** Every setting of an option in a section, in load order. */
  settingsOf(section: string, name: string): Setting[] {
    return this.settings.get(section)?.get(name) ?? [];
  }

  /** Whether no later line (in this file or a later one) replaces this entry's value. */
  isLive(entry: IniEntry): boolean {
    const list = this.settingsOf(entry.section, entry.name);
    return list[list.length - 1]?.entry === entry;
  }

  /** The jail sections of the configuration (not [DEFAULT], [INCLUDES] or conditional sections). */
  jailNames(): string[] {
    return [...this.settings.keys()].filter((name) => name !== DEFAULT_SECTION && name !== INCLUDES_SECTION && name !== '' && !name.includes('?'));
  }

  /** Whether fail2ban starts this jail. */
  isEnabled(jail: string): boolean {
    return parseBoolean(this.option(jail, 'enabled').value) === true;
  }

  /** The jails whose values apply: the enabled ones and the Sipmon jail (whose values matter as soon as it is enabled). */
  activeJails(): readonly string[] {
    this.active ??= [...new Set([SIPMON_JAIL, ...this.jailNames().filter((jail) => this.isEnabled(jail))])];
    return this.active;
  }

  private last(section: string, name: string): Setting | undefined {
    const list = this.settingsOf(section, name);
    return list[list.length - 1];
  }

  private fallback(jail: string, name: string): string | undefined {
    if (this.hasMainFile) {
      return CODE_DEFAULTS[name];
    }
    return STOCK_JAILS[jail]?.[name] ?? STOCK_DEFAULTS[name];
  }

  /** The raw value of an option for a jail, and where it comes from. */
  private rawOption(jail: string, name: string): { raw: string | undefined; setting: Setting | undefined } {
    const setting = this.last(jail, name) ?? this.last(DEFAULT_SECTION, name);
    if (setting) {
      return { raw: setting.entry.value, setting };
    }
    if (name === '__name__') {
      return { raw: jail, setting: undefined };
    }
    return { raw: this.fallback(jail, name), setting: undefined };
  }

  /** What `%(name)s` names for a jail: its own option or [DEFAULT]'s, `section/option`, or `known/option` (the value before the last override). */
  private lookup(jail: string, name: string): string | undefined {
    const qualified = /^([\w-]+)\/(.+)$/.exec(name);
    if (!qualified) {
      return this.rawOption(jail, name.toLowerCase()).raw;
    }
    const [, section, option] = qualified;
    const lower = option.toLowerCase();
    if (section.toLowerCase() === 'known') {
      const list = this.settingsOf(jail, lower);
      return list.length >= 2 ? list[list.length - 2].entry.value : this.last(DEFAULT_SECTION, lower)?.entry.value ?? this.fallback(jail, lower);
    }
    if (section.toLowerCase() === 'default') {
      return this.last(DEFAULT_SECTION, lower)?.entry.value ?? this.fallback(jail, lower);
    }
    return this.last(section, lower)?.entry.value ?? this.last(DEFAULT_SECTION, lower)?.entry.value;
  }

  /** configparser's BasicInterpolation in the context of a jail: `%%` is `%`, `%(name)s` is replaced recursively. */
  interpolate(jail: string, raw: string, depth = 1): { value?: string; error?: string } {
    if (depth > MAX_INTERPOLATION_DEPTH) {
      return { error: 'the interpolation is nested too deeply (a reference loop?)' };
    }
    let value = '';
    for (let index = 0; index < raw.length; ) {
      const percent = raw.indexOf('%', index);
      if (percent === -1) {
        value += raw.slice(index);
        break;
      }
      value += raw.slice(index, percent);
      if (raw[percent + 1] === '%') {
        value += '%';
        index = percent + 2;
        continue;
      }
      const reference = /^%\(([^)]*)\)s/.exec(raw.slice(percent));
      if (!reference) {
        return { error: `"%" must be followed by "%" or "(name)s" (write "%%" for a percent sign)` };
      }
      const found = this.lookup(jail, reference[1]);
      if (found === undefined) {
        return { error: `%(${reference[1]})s refers to an option that is not defined` };
      }
      const inner = found.includes('%') ? this.interpolate(jail, found, depth + 1) : { value: found };
      if (inner.value === undefined) {
        return inner;
      }
      value += inner.value;
      index = percent + reference[0].length;
    }
    return { value };
  }

  /** The value fail2ban uses for a jail's option, and where it is set. */
  option(jail: string, name: string): EffectiveValue {
    let ofJail = this.options.get(jail);
    if (!ofJail) {
      ofJail = new Map();
      this.options.set(jail, ofJail);
    }
    let effective = ofJail.get(name);
    if (!effective) {
      effective = this.computeOption(jail, name);
      ofJail.set(name, effective);
    }
    return effective;
  }

  private computeOption(jail: string, name: string): EffectiveValue {
    const { raw, setting } = this.rawOption(jail, name);
    if (raw === undefined) {
      return { raw, value: undefined, setting };
    }
    const { value, error } = this.interpolate(jail, raw);
    return error === undefined ? { raw, value, setting } : { raw, value: undefined, error, setting };
  }
}
