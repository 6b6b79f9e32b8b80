/** openssl/server-cert-is-ca: a section carrying the server's subjectAltName also sets basicConstraints CA:TRUE. */
import { defineRule } from '../../core/rule';
import { Edit } from '../../core/types';
import { removeEntry, replaceValue } from '../../formats/ini/edits';
import { allEntries, hasSection, IniDocument, IniEntry, lastEntry } from '../../formats/ini/model';
import { isCaProfile, SERVER_SECTION, serverSan, valueOf } from '../../formats/openssl/certificate';
import { addToSection, appendServerSection } from '../../formats/openssl/profiles';

/** References that make leaf certificates from a section: requests (req_extensions) and `openssl ca` ([ CA_default ] x509_extensions). */
const LEAF_REFERENCES = new Set(['req_extensions']);

export default defineRule<IniDocument>({
  id: 'openssl/server-cert-is-ca',
  format: 'openssl',
  severity: 'warning',
  description: 'A section carrying the server\'s subjectAltName also sets basicConstraints CA:TRUE.',
  rationale: 'The Sipmon guide adds `subjectAltName = @alt_names` to `[ v3_ca ]` and signs the server certificate with `-extensions v3_ca`, so the server certificate says `CA:TRUE`: it could sign other certificates, and Firefox rejects a CA certificate used by a server (MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY). Keep `[ v3_ca ]` for the CA and give the server a dedicated `[ v3_server ]` (CA:FALSE, digitalSignature+keyEncipherment, serverAuth, subjectAltName), used with `-extensions v3_server`.',
  messages: { ca: '[ {{section}} ] carries the server\'s names but basicConstraints = {{value}}: a server certificate made from it is a CA, which browsers reject. Move the names to a [ v3_server ] section (CA:FALSE, serverAuth) and sign with -extensions v3_server.' },
  fixable: true,
  check({ model, text, report }) {
    const names = [...new Set(model.sections.filter((section) => section.headerSpan !== undefined).map((section) => section.name))];
    // Computed once, not per finding: a file of many CA profiles must not cost a pass over the file each.
    const leafUsesBySection = new Map<string, IniEntry[]>();
    for (const entry of allEntries(model)) {
      const target = valueOf(entry)?.trim();
      if (target !== undefined && (LEAF_REFERENCES.has(entry.name) || (entry.name === 'x509_extensions' && entry.section === 'CA_default'))) {
        leafUsesBySection.set(target, [...(leafUsesBySection.get(target) ?? []), entry]);
      }
    }
    const serverSectionExists = hasSection(model, SERVER_SECTION);
    const serverHasSan = lastEntry(model, SERVER_SECTION, 'subjectAltName') !== undefined;
    for (const name of names) {
      const san = serverSan(model, name);
      const constraints = lastEntry(model, name, 'basicConstraints');
      if (!san || !constraints || !isCaProfile(model, name)) {
        continue;
      }
      const sanValue = text.slice(san.valueSpan.start, san.valueSpan.end);
      const edits: Edit[] = [removeEntry(text, san)];
      if (!serverSectionExists) {
        edits.push(appendServerSection(text, sanValue));
      } else if (!serverHasSan) {
        const added = addToSection(model, text, SERVER_SECTION, [`subjectAltName = ${sanValue}`]);
        if (added) {
          edits.push(added);
        }
      }
      edits.push(...(leafUsesBySection.get(name) ?? []).map((entry) => replaceValue(text, entry, SERVER_SECTION)));
      report({
        messageId: 'ca',
        data: { section: name, value: valueOf(constraints)?.trim() ?? '' },
        span: constraints.valueSpan,
        fixes: [{ title: `Move the server's names from [ ${name} ] to a [ ${SERVER_SECTION} ] profile (CA:FALSE, serverAuth)`, edits }],
      });
    }
  },
});
