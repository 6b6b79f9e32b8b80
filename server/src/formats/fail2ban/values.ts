/** The linted file's own lines whose values apply, for the rules that judge how a value is written. */
import { allEntries, IniEntry } from '../ini/model';
import { DEFAULT_SECTION, JailConfiguration, SIPMON_JAIL } from './effective';

/** Options fail2ban reads as durations (MyTime.str2seconds). */
export const TIME_OPTIONS = new Set(['bantime', 'findtime', 'bantime.maxtime', 'bantime.rndtime']);

/** Each configuration's live entries of the linted file, found once: several rules filter them by name. */
const liveByConfiguration = new WeakMap<JailConfiguration, IniEntry[]>();

function allLiveEntries(config: JailConfiguration): IniEntry[] {
  let live = liveByConfiguration.get(config);
  if (!live) {
    const own = config.files.find((file) => file.own);
    const sections = new Set([DEFAULT_SECTION, ...config.activeJails()]);
    live = own ? allEntries(own.doc).filter((entry) => sections.has(entry.section) && config.isLive(entry)) : [];
    liveByConfiguration.set(config, live);
  }
  return live;
}

/**
 * Entries of the linted file with one of these names whose value applies: in [DEFAULT] or in a jail that
 * runs (or the Sipmon jail), and not replaced by a later line of this or a later file.
 */
export function liveEntries(config: JailConfiguration, names: ReadonlySet<string>): IniEntry[] {
  return allLiveEntries(config).filter((entry) => names.has(entry.name));
}

/** The jail whose view interpolates an entry: its own section, or the Sipmon jail for [DEFAULT]. */
export function contextJail(entry: IniEntry): string {
  return entry.section === DEFAULT_SECTION ? SIPMON_JAIL : entry.section;
}
