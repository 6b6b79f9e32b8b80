/** openssl/dangling-section: a reference to a section that does not exist, or an [alt_names] section nothing uses. */
import { defineRule } from '../../core/rule';
import { Fix } from '../../core/types';
import { entriesOf, hasSection, IniDocument } from '../../formats/ini/model';
import { ALT_NAMES, sectionReferences, SERVER_SECTION, serverSections } from '../../formats/openssl/certificate';
import { includedSections } from '../../formats/openssl/includes';
import { addToSection, appendServerSection, lastBlock } from '../../formats/openssl/profiles';

const SAN = `subjectAltName = @${ALT_NAMES}`;

/** Where [alt_names] gets used: the first server section without a subjectAltName, or a new [ v3_server ]. */
function useAltNames(model: IniDocument, text: string): Fix | undefined {
  const target = serverSections(model).find((name) => lastBlock(model, name)?.entries.every((entry) => entry.name !== 'subjectAltName'));
  if (target) {
    const edit = addToSection(model, text, target, [SAN]);
    return edit && { title: `Add ${SAN} to [ ${target} ]`, edits: [edit] };
  }
  if (!hasSection(model, SERVER_SECTION)) {
    return { title: `Add a [ ${SERVER_SECTION} ] server profile that uses [ ${ALT_NAMES} ]`, edits: [appendServerSection(text, `@${ALT_NAMES}`)] };
  }
  return undefined;
}

export default defineRule<IniDocument>({
  id: 'openssl/dangling-section',
  format: 'openssl',
  severity: 'warning',
  description: 'A reference (@name, x509_extensions, req_extensions, distinguished_name) to a missing section, or an [alt_names] section never referenced.',
  rationale: 'OpenSSL looks sections up by name when it signs: `subjectAltName = @alt_names` with no `[alt_names]`, or an `x509_extensions` naming a missing section, makes `openssl req`/`x509` fail. The other way round, an `[alt_names]` section that no `subjectAltName = @alt_names` uses puts no name in the certificate, and browsers refuse it (they ignore the CN).',
  messages: {
    missing: 'Section [ {{name}} ] does not exist: OpenSSL fails when it needs it.',
    empty: 'Section [ {{name}} ] is empty: OpenSSL refuses @{{name}} ("invalid extension string").',
    unused: '[ alt_names ] is never referenced: no certificate gets these names. Use it with subjectAltName = @alt_names in the server certificate\'s section.',
  },
  fixable: true,
  check({ model, text, path, workspace, report }) {
    const references = sectionReferences(model, text);
    const included = includedSections(model, path, workspace);
    if (!included.incomplete) {
      for (const reference of references) {
        if (included.names.has(reference.target)) {
          continue;
        }
        if (!hasSection(model, reference.target)) {
          report({ messageId: 'missing', data: { name: reference.target }, span: reference.span });
        } else if (text[reference.span.start] === '@' && entriesOf(model, reference.target).length === 0) {
          report({ messageId: 'empty', data: { name: reference.target }, span: reference.span });
        }
      }
    }
    const altNames = lastBlock(model, ALT_NAMES);
    if (altNames && !references.some((reference) => reference.target === ALT_NAMES)) {
      const fix = useAltNames(model, text);
      report({ messageId: 'unused', span: altNames.nameSpan, fixes: fix ? [fix] : [] });
    }
  },
});
