/**
 * Where a finding about a jail's effective option is reported, and which edit fixes it. A value set in an
 * override file is reported there, on the line that sets it. A value that comes from jail.conf or from
 * fail2ban's defaults is reported in the file that holds the jail's overrides (the last override file with
 * the jail's section), where the fix adds the option; with no such file, in jail.conf, which takes no fix.
 */
import { lineNumberAt } from '../../core/text';
import { Edit, Span } from '../../core/types';
import { appendSection, insertEntries, replaceValue } from '../ini/edits';
import { IniSection, sectionsNamed } from '../ini/model';
import { DEFAULT_SECTION, EffectiveValue, JailConfiguration } from './effective';
import { JailFile } from './layout';

export interface Placement {
  /** Where the finding points in the linted file. */
  span: Span;
  effective: EffectiveValue;
  /** For messages: where the value comes from when it is not on the reported line, e.g. ` (inherited from [DEFAULT])`. */
  origin: string;
  /** The edits that give the option this value for the jail; undefined when the linted file is not where overrides go. */
  fix(value: string): Edit[] | undefined;
  /** For messages: where the change belongs when it cannot be made here, or that the fix adds the jail's section. */
  advice: string;
}

function fileName(file: JailFile): string {
  const at = Math.max(file.path.lastIndexOf('/'), file.path.lastIndexOf('\\'));
  const name = file.path.slice(at + 1);
  const parent = file.path.slice(0, Math.max(at, 0));
  const parentName = parent.slice(Math.max(parent.lastIndexOf('/'), parent.lastIndexOf('\\')) + 1);
  return parentName === 'jail.d' ? `jail.d/${name}` : name || 'this file';
}

function lineOf(file: JailFile, offset: number): number {
  return lineNumberAt(file.text, offset);
}

/** The last block of the jail's section in a file: new options go at its end. */
function lastBlock(file: JailFile, jail: string): IniSection | undefined {
  const blocks = sectionsNamed(file.doc, jail);
  return blocks[blocks.length - 1];
}

/** Sets an option in the jail's own section of a file: replaced in place, added to the section, or a new section. */
export function setInJail(file: JailFile, jail: string, name: string, value: string): Edit[] {
  const block = lastBlock(file, jail);
  const existing = block?.entries.filter((entry) => entry.name === name).pop();
  if (existing) {
    return [replaceValue(file.text, existing, value)];
  }
  return block ? [insertEntries(file.text, block, [`${name} = ${value}`])] : [appendSection(file.text, `[${jail}]`, [`${name} = ${value}`])];
}

/** The span that stands for a whole file: its first section header, else its start. */
function fileAnchor(file: JailFile): Span {
  return file.doc.sections.find((section) => section.headerSpan !== undefined)?.headerSpan ?? { start: 0, end: 0 };
}

/** The file that holds a jail's overrides when no override file sets the option itself. */
function homeFile(config: JailConfiguration, jail: string): JailFile | undefined {
  const overrides = config.files.filter((file) => file.role === 'override');
  const withJail = overrides.filter((file) => lastBlock(file, jail) !== undefined);
  return withJail[withJail.length - 1] ?? config.files.find((file) => file.role === 'main') ?? overrides[overrides.length - 1];
}

function describeOrigin(effective: EffectiveValue, config: JailConfiguration): string {
  const setting = effective.setting;
  if (setting) {
    return ` (set in ${setting.scope === 'default' ? `[${DEFAULT_SECTION}] of ` : ''}${fileName(setting.file)}, line ${lineOf(setting.file, setting.entry.span.start)})`;
  }
  return config.hasMainFile ? ' (fail2ban\'s default)' : ' (the stock jail.conf\'s value)';
}

/** Where the linted file reports an option of a jail, or undefined when another file is the place. */
export function placeOption(config: JailConfiguration, jail: string, name: string): Placement | undefined {
  const own = config.files.find((file) => file.own);
  if (!own) {
    return undefined;
  }
  const effective = config.option(jail, name);
  const setting = effective.setting;
  // jail.conf never receives a fix: upgrades replace it.
  const fixable = own.role === 'override';
  const fixInOwn = (value: string) => (fixable ? setInJail(own, jail, name, value) : undefined);
  const block = lastBlock(own, jail);
  const advice = !fixable
    ? ` jail.conf is replaced on upgrades: set it in jail.local or jail.d/${jail}.local.`
    : block ? '' : ` This file has no [${jail}] section: the fix adds one.`;
  if (setting && setting.file.role === 'override') {
    if (!setting.file.own) {
      return undefined;
    }
    const { entry } = setting;
    const span = entry.valueSpan.start < entry.valueSpan.end ? entry.valueSpan : entry.span;
    const fix = (value: string) => (setting.scope === 'jail' ? [replaceValue(own.text, entry, value)] : fixInOwn(value));
    return { span, effective, origin: inheritance(setting.scope), fix, advice: setting.scope === 'jail' ? '' : advice };
  }
  if (homeFile(config, jail) !== own) {
    return undefined;
  }
  if (setting?.file.own) {
    const { entry } = setting;
    const span = entry.valueSpan.start < entry.valueSpan.end ? entry.valueSpan : entry.span;
    return { span, effective, origin: inheritance(setting.scope), fix: fixInOwn, advice };
  }
  return { span: block?.nameSpan ?? fileAnchor(own), effective, origin: describeOrigin(effective, config), fix: fixInOwn, advice };
}

function inheritance(scope: 'jail' | 'default'): string {
  return scope === 'default' ? ` (inherited from [${DEFAULT_SECTION}])` : '';
}
