/** fail2ban/findtime-short: The Sipmon jail counts failures over less than 10 minutes. */
import { defineRule } from '../../core/rule';
import { IniDocument } from '../../formats/ini/model';
import { reportShortTime } from '../../formats/fail2ban/shortTime';

export default defineRule<IniDocument>({
  id: 'fail2ban/findtime-short',
  format: 'fail2ban',
  severity: 'warning',
  description: 'The Sipmon jail counts failures over less than 10 minutes.',
  rationale: '`maxretry` failures are counted within `findtime`. A short window lets a slow brute force (a few guesses per window) go on forever without a ban. Times are seconds unless a unit is given (`10` is ten seconds). Hardened: `findtime = 10m`.',
  messages: { short: 'findtime = {{value}}{{origin}} counts failures over only {{duration}}: slow guessing is never banned. Use 10m or more.{{advice}}' },
  fixable: true,
  check(context) {
    reportShortTime(context, 'findtime', false);
  },
});
