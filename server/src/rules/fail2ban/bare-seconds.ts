/** fail2ban/bare-seconds: a time written as a bare number up to 60, which fail2ban reads as seconds. */
import { defineRule } from '../../core/rule';
import { IniDocument } from '../../formats/ini/model';
import { jailConfiguration } from '../../formats/fail2ban/context';
import { isBareNumber } from '../../formats/fail2ban/time';
import { liveEntries, TIME_OPTIONS } from '../../formats/fail2ban/values';

const MAXIMUM = 60;

export default defineRule<IniDocument>({
  id: 'fail2ban/bare-seconds',
  format: 'fail2ban',
  severity: 'info',
  description: 'A time written as a bare number up to 60: seconds to fail2ban, probably meant as minutes.',
  rationale: 'fail2ban reads a number without a unit as seconds: `bantime = 10` bans for ten seconds, not ten minutes. Small bare numbers are usually minutes written without their unit. Write the unit: `10m` (m is minutes, mo is months).',
  messages: { bare: '{{name}} = {{value}} is {{value}} seconds to fail2ban; if minutes were meant, write {{value}}m.' },
  fixable: true,
  check(context) {
    const config = jailConfiguration(context);
    for (const entry of liveEntries(config, TIME_OPTIONS)) {
      const value = entry.value.trim();
      if (!isBareNumber(value) || Number(value) < 1 || Number(value) > MAXIMUM) {
        continue;
      }
      context.report({
        messageId: 'bare',
        data: { name: entry.name, value },
        span: entry.valueSpan,
        // The whole value is replaced (not just `m` appended) so that this fix and bantime-short's never both apply.
        fixes: [{ title: `Read it as minutes: ${entry.name} = ${value}m`, edits: [{ span: entry.valueSpan, text: `${value}m` }], needsJudgement: true }],
      });
    }
  },
});
