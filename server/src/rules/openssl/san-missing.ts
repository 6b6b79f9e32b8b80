/** openssl/san-missing: the server certificate's section has no subjectAltName although [alt_names] exists. */
import { defineRule } from '../../core/rule';
import { hasSection, IniDocument } from '../../formats/ini/model';
import { ALT_NAMES, serverSections } from '../../formats/openssl/certificate';
import { addToSection, lastBlock } from '../../formats/openssl/profiles';

const SAN = `subjectAltName = @${ALT_NAMES}`;

export default defineRule<IniDocument>({
  id: 'openssl/san-missing',
  format: 'openssl',
  severity: 'warning',
  description: 'The server certificate\'s extension section has no subjectAltName although [alt_names] exists.',
  rationale: 'Browsers ignore a certificate\'s CN and only match the host against its subjectAltName. A server profile (v3_server, or the section `openssl req` uses: x509_extensions of [ req ], req_extensions) without `subjectAltName = @alt_names` issues certificates that Chrome and Firefox reject, while the names in `[alt_names]` go unused.',
  messages: { missing: '[ {{section}} ] makes server certificates without subjectAltName: browsers reject them. Add subjectAltName = @alt_names.' },
  fixable: true,
  check({ model, text, report }) {
    if (!hasSection(model, ALT_NAMES)) {
      return;
    }
    for (const name of serverSections(model)) {
      const block = lastBlock(model, name);
      if (!block || model.sections.some((section) => section.name === name && section.entries.some((entry) => entry.name === 'subjectAltName'))) {
        continue;
      }
      const edit = addToSection(model, text, name, [SAN]);
      report({ messageId: 'missing', data: { section: name }, span: block.nameSpan, fixes: edit ? [{ title: `Add ${SAN}`, edits: [edit] }] : [] });
    }
  },
});
