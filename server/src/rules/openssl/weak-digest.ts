/** openssl/weak-digest: `default_md` is md2, md4, md5 or sha1. */
import { defineRule } from '../../core/rule';
import { replaceValue } from '../../formats/ini/edits';
import { IniDocument } from '../../formats/ini/model';
import { valueOf } from '../../formats/openssl/certificate';
import { liveEntriesNamed } from '../../formats/openssl/values';

const WEAK = new Set(['md2', 'md4', 'md5', 'sha1']);

export default defineRule<IniDocument>({
  id: 'openssl/weak-digest',
  format: 'openssl',
  severity: 'warning',
  description: 'default_md is md2, md4, md5 or sha1.',
  rationale: '`default_md` (in `[ req ]` and `[ CA_default ]`) is the digest certificates and requests are signed with. MD5 and SHA-1 collisions are practical, so a signature over them can be forged; old openssl.cnf files shipped md5. Use sha256 (or `default`, which is SHA-256).',
  messages: { weak: 'default_md = {{digest}} signs with a broken digest (collisions are practical); use sha256.' },
  fixable: true,
  check({ model, text, report }) {
    for (const entry of liveEntriesNamed(model, 'default_md')) {
      const digest = valueOf(entry)?.trim() ?? '';
      if (!WEAK.has(digest.toLowerCase())) {
        continue;
      }
      report({ messageId: 'weak', data: { digest }, span: entry.valueSpan, fixes: [{ title: 'Set default_md = sha256', edits: [replaceValue(text, entry, 'sha256')] }] });
    }
  },
});
