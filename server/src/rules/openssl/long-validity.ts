/** openssl/long-validity: `default_days` above 825. */
import { defineRule } from '../../core/rule';
import { replaceValue } from '../../formats/ini/edits';
import { IniDocument } from '../../formats/ini/model';
import { valueOf } from '../../formats/openssl/certificate';
import { integerOf, liveEntriesNamed } from '../../formats/openssl/values';

const MAXIMUM = 825;
const SUGGESTED = '365';

export default defineRule<IniDocument>({
  id: 'openssl/long-validity',
  format: 'openssl',
  severity: 'info',
  description: 'default_days is above 825.',
  rationale: '`default_days` is how long signed certificates stay valid. Browsers refuse TLS server certificates valid for more than 825 days (Apple platforms since 2019; 398 days for public CAs), and a long-lived certificate keeps a leaked key useful longer. The Sipmon guide uses 365 days.',
  messages: { long: 'default_days = {{days}}: browsers refuse server certificates valid for more than 825 days; use 365.' },
  fixable: true,
  check({ model, text, report }) {
    for (const entry of liveEntriesNamed(model, 'default_days')) {
      const written = valueOf(entry);
      const days = integerOf(written);
      if (days === undefined || days <= MAXIMUM) {
        continue;
      }
      report({
        messageId: 'long',
        // As written: an enormous number would read "Infinity".
        data: { days: (written ?? '').trim() },
        span: entry.valueSpan,
        fixes: [{ title: `Set default_days = ${SUGGESTED}`, edits: [replaceValue(text, entry, SUGGESTED)], needsJudgement: true }],
      });
    }
  },
});
