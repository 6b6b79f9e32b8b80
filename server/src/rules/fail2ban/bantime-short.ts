/** fail2ban/bantime-short: The Sipmon jail bans for less than 10 minutes. */
import { defineRule } from '../../core/rule';
import { IniDocument } from '../../formats/ini/model';
import { jailConfiguration } from '../../formats/fail2ban/context';
import { SIPMON_JAIL } from '../../formats/fail2ban/effective';
import { placeOption } from '../../formats/fail2ban/placement';
import { describeSeconds, timeToSeconds } from '../../formats/fail2ban/time';

const MINIMUM = 600;
const HARDENED = '10m';

export default defineRule<IniDocument>({
  id: 'fail2ban/bantime-short',
  format: 'fail2ban',
  severity: 'warning',
  description: 'The Sipmon jail bans for less than 10 minutes.',
  rationale: 'A short ban lets an attacker resume guessing passwords almost at once. Times are seconds unless a unit is given (`10` is ten seconds, `10m` ten minutes); a negative `bantime` is a permanent ban and is fine. Hardened: `bantime = 10m`, ideally with `bantime.increment = true`.',
  messages: { short: 'bantime = {{value}}{{origin}} bans for only {{duration}}: the attacker resumes almost at once. Use 10m or more.{{advice}}' },
  fixable: true,
  check(context) {
    const config = jailConfiguration(context);
    const place = placeOption(config, SIPMON_JAIL, 'bantime');
    const value = place?.effective.value;
    const seconds = value === undefined ? undefined : timeToSeconds(value);
    if (!place || value === undefined || seconds === undefined || seconds < 0 || seconds >= MINIMUM) {
      return;
    }
    const edits = place.fix(HARDENED);
    context.report({
      messageId: 'short',
      data: { value: value.trim(), duration: describeSeconds(Math.max(seconds, 0)), origin: place.origin, advice: place.advice },
      span: place.span,
      fixes: edits ? [{ title: `Set bantime = ${HARDENED}`, edits }] : [],
    });
  },
});
