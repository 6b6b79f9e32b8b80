/** fail2ban/edited-jail-conf: changes made in jail.conf (lost on upgrade), or jail.local as a full copy of jail.conf. */
import { defineRule } from '../../core/rule';
import { allEntries, IniDocument, IniEntry } from '../../formats/ini/model';
import { DEFAULT_SECTION, parseBoolean, SIPMON_JAIL } from '../../formats/fail2ban/effective';
import { roleOf } from '../../formats/fail2ban/layout';

/** [DEFAULT] values of the stock jail.conf; ignoreip is commented out there. */
const STOCK_DEFAULTS: Record<string, string | undefined> = { enabled: 'false', bantime: '10m', findtime: '10m', maxretry: '5', backend: 'auto', ignoreip: undefined };
/** What the stock jail.conf writes in [Sipmon]. */
const STOCK_SIPMON_OPTIONS = new Set(['port', 'logpath']);
/** The stock jail.conf's header, which a full copy carries along. */
const STOCK_HEADER = /^#\s*YOU SHOULD NOT MODIFY THIS FILE\./m;

/** Why an entry of jail.conf is not what the package ships, or undefined when it may be. */
function editOf(entry: IniEntry): string | undefined {
  if (entry.name === 'enabled' && parseBoolean(entry.value) === true) {
    return `[${entry.section}] is enabled in jail.conf`;
  }
  if (entry.section === SIPMON_JAIL && !STOCK_SIPMON_OPTIONS.has(entry.name)) {
    return `${entry.name} is set in jail.conf's [${SIPMON_JAIL}]`;
  }
  if (entry.section === DEFAULT_SECTION && entry.name in STOCK_DEFAULTS && STOCK_DEFAULTS[entry.name] !== entry.value.trim()) {
    return `[${DEFAULT_SECTION}] ${entry.name} differs from the packaged value`;
  }
  return undefined;
}

export default defineRule<IniDocument>({
  id: 'fail2ban/edited-jail-conf',
  format: 'fail2ban',
  severity: 'info',
  description: 'Edits in jail.conf are lost on upgrade; overrides belong in jail.local or jail.d/*.local.',
  rationale: 'Package upgrades replace jail.conf, silently undoing hardening made there. fail2ban reads jail.conf, jail.d/*.conf, jail.local, then jail.d/*.local, later files winning, so overrides belong in a .local file. Copying the whole jail.conf to jail.local (as the Sipmon guide does) freezes every default at today\'s values and makes jail.local\'s [Sipmon] override jail.d/custom.conf; keep only the changed options there.',
  messages: {
    edited: '{{what}}: an upgrade replaces jail.conf and undoes this. Move the change to jail.local or jail.d/Sipmon.local.',
    fullCopy: 'jail.local is a full copy of jail.conf: it freezes every default and overrides jail.d/*.conf. Keep only the options you change.',
  },
  fixable: false,
  check({ model, path, text, report }) {
    if (roleOf(path) === 'main') {
      for (const entry of allEntries(model)) {
        const what = editOf(entry);
        if (what !== undefined) {
          report({ messageId: 'edited', data: { what }, span: entry.span });
        }
      }
      return;
    }
    const header = model.comments.find((comment) => STOCK_HEADER.test(text.slice(comment.start, comment.end)));
    if (header && /(^|[/\\])jail\.local$/.test(path ?? '')) {
      report({ messageId: 'fullCopy', span: header });
    }
  },
});
