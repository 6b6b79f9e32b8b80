/** fail2ban/findtime-short: The Sipmon jail counts failures over less than 10 minutes. */
import { defineRule } from '../../core/rule';
import { IniDocument } from '../../formats/ini/model';
import { jailConfiguration } from '../../formats/fail2ban/context';
import { SIPMON_JAIL } from '../../formats/fail2ban/effective';
import { placeOption } from '../../formats/fail2ban/placement';
import { describeSeconds, timeToSeconds } from '../../formats/fail2ban/time';

const MINIMUM = 600;
const HARDENED = '10m';

export default defineRule<IniDocument>({
  id: 'fail2ban/findtime-short',
  format: 'fail2ban',
  severity: 'warning',
  description: 'The Sipmon jail counts failures over less than 10 minutes.',
  rationale: '`maxretry` failures are counted within `findtime`. A short window lets a slow brute force (a few guesses per window) go on forever without a ban. Times are seconds unless a unit is given (`10` is ten seconds). Hardened: `findtime = 10m`.',
  messages: { short: 'findtime = {{value}}{{origin}} counts failures over only {{duration}}: slow guessing is never banned. Use 10m or more.{{advice}}' },
  fixable: true,
  check(context) {
    const config = jailConfiguration(context);
    const place = placeOption(config, SIPMON_JAIL, 'findtime');
    const value = place?.effective.value;
    const seconds = value === undefined ? undefined : timeToSeconds(value);
    if (!place || value === undefined || seconds === undefined || seconds >= MINIMUM) {
      return;
    }
    const edits = place.fix(HARDENED);
    context.report({
      messageId: 'short',
      data: { value: value.trim(), duration: describeSeconds(Math.max(seconds, 0)), origin: place.origin, advice: place.advice },
      span: place.span,
      fixes: edits ? [{ title: `Set findtime = ${HARDENED}`, edits }] : [],
    });
  },
});
