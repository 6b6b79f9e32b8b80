/** fail2ban/bantime-short: The Sipmon jail bans for less than 10 minutes. */
import { defineRule } from '../../core/rule';
import { IniDocument } from '../../formats/ini/model';
import { reportShortTime } from '../../formats/fail2ban/shortTime';

export default defineRule<IniDocument>({
  id: 'fail2ban/bantime-short',
  format: 'fail2ban',
  severity: 'warning',
  description: 'The Sipmon jail bans for less than 10 minutes.',
  rationale: 'A short ban lets an attacker resume guessing passwords almost at once. Times are seconds unless a unit is given (`10` is ten seconds, `10m` ten minutes); a negative `bantime` is a permanent ban and is fine. Hardened: `bantime = 10m`, ideally with `bantime.increment = true`.',
  messages: { short: 'bantime = {{value}}{{origin}} bans for only {{duration}}: the attacker resumes almost at once. Use 10m or more.{{advice}}' },
  fixable: true,
  check(context) {
    reportShortTime(context, 'bantime', true);
  },
});
