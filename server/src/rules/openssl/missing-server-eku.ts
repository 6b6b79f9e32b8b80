/** openssl/missing-server-eku: a server-certificate section without extendedKeyUsage = serverAuth. */
import { defineRule } from '../../core/rule';
import { replaceValue } from '../../formats/ini/edits';
import { IniDocument, lastEntry } from '../../formats/ini/model';
import { allowsServerAuth, serverSections, valueOf } from '../../formats/openssl/certificate';
import { addToSection, lastBlock } from '../../formats/openssl/profiles';

export default defineRule<IniDocument>({
  id: 'openssl/missing-server-eku',
  format: 'openssl',
  severity: 'info',
  description: 'A server-certificate section without extendedKeyUsage = serverAuth.',
  rationale: 'extendedKeyUsage limits what a certificate may be used for. A server certificate should say `serverAuth`, so that it cannot be presented as a client or code-signing certificate; the Sipmon guide\'s procedure leaves it out.',
  messages: {
    missing: '[ {{section}} ] makes server certificates without extendedKeyUsage: add extendedKeyUsage = serverAuth.',
    noServerAuth: 'extendedKeyUsage = {{value}} does not allow serverAuth: a TLS client will refuse this server certificate.',
  },
  fixable: true,
  check({ model, text, report }) {
    for (const name of serverSections(model)) {
      const entry = lastEntry(model, name, 'extendedKeyUsage');
      const value = valueOf(entry);
      if (allowsServerAuth(value)) {
        continue;
      }
      if (entry && value?.trim()) {
        report({ messageId: 'noServerAuth', data: { value: value.trim() }, span: entry.valueSpan, fixes: [{ title: 'Add serverAuth', edits: [replaceValue(text, entry, `${text.slice(entry.valueSpan.start, entry.valueSpan.end)}, serverAuth`)] }] });
        continue;
      }
      const block = lastBlock(model, name);
      const edit = addToSection(model, text, name, ['extendedKeyUsage = serverAuth']);
      if (block) {
        report({ messageId: 'missing', data: { section: name }, span: block.nameSpan, fixes: edit ? [{ title: 'Add extendedKeyUsage = serverAuth', edits: [edit] }] : [] });
      }
    }
  },
});
