/** openssl/weak-key-size: `default_bits` below 2048. */
import { defineRule } from '../../core/rule';
import { replaceValue } from '../../formats/ini/edits';
import { IniDocument } from '../../formats/ini/model';
import { valueOf } from '../../formats/openssl/certificate';
import { integerOf, liveEntriesNamed } from '../../formats/openssl/values';

const MINIMUM = 2048;

export default defineRule<IniDocument>({
  id: 'openssl/weak-key-size',
  format: 'openssl',
  severity: 'warning',
  description: 'default_bits is below 2048.',
  rationale: '`default_bits` is the size of the keys `openssl req -newkey` makes. RSA keys of 1024 bits and less can be factored; older openssl.cnf files shipped 1024. Use 2048 (or 3072).',
  messages: { weak: 'default_bits = {{bits}} makes factorable RSA keys; use 2048 or more.' },
  fixable: true,
  check({ model, text, report }) {
    for (const entry of liveEntriesNamed(model, 'default_bits')) {
      const bits = integerOf(valueOf(entry));
      if (bits === undefined || bits >= MINIMUM) {
        continue;
      }
      report({
        messageId: 'weak',
        data: { bits },
        span: entry.valueSpan,
        fixes: [
          { title: 'Set default_bits = 2048', edits: [replaceValue(text, entry, '2048')] },
          { title: 'Set default_bits = 3072', edits: [replaceValue(text, entry, '3072')] },
        ],
      });
    }
  },
});
