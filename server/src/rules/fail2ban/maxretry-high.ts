/** fail2ban/maxretry-high: the Sipmon jail allows more than 5 failed logins before a ban. */
import { defineRule } from '../../core/rule';
import { IniDocument } from '../../formats/ini/model';
import { jailConfiguration } from '../../formats/fail2ban/context';
import { SIPMON_JAIL } from '../../formats/fail2ban/effective';
import { placeOption } from '../../formats/fail2ban/placement';

const LIMIT = 5;
const HARDENED = '3';

export default defineRule<IniDocument>({
  id: 'fail2ban/maxretry-high',
  format: 'fail2ban',
  severity: 'warning',
  description: 'The Sipmon jail allows more than 5 failed logins before a ban.',
  rationale: '`maxretry` failures within `findtime` trigger a ban. Above 5, an attacker gets that many password guesses per window and address; the Sipmon hardening guide uses 3.',
  messages: { high: 'maxretry = {{value}}{{origin}} lets an address try {{value}} passwords before a ban; use 3 (at most 5).{{advice}}' },
  fixable: true,
  check(context) {
    const config = jailConfiguration(context);
    const place = placeOption(config, SIPMON_JAIL, 'maxretry');
    const value = place?.effective.value?.trim();
    if (!place || value === undefined || !/^[+-]?\d+$/.test(value) || Number(value) <= LIMIT) {
      return;
    }
    const edits = place.fix(HARDENED);
    context.report({
      messageId: 'high',
      data: { value, origin: place.origin, advice: place.advice },
      span: place.span,
      fixes: edits ? [{ title: `Set maxretry = ${HARDENED}`, edits }] : [],
    });
  },
});
