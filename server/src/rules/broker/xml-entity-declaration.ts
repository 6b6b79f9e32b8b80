/** broker/xml-entity-declaration: a DOCTYPE that declares entities or loads an external DTD (XXE, expansion bombs). */
import { defineRule } from '../../core/rule';
import { Fix } from '../../core/types';
import { BrokerModel, EntityDeclaration } from '../../formats/broker/model';

/** Enough names to recognise the declarations; an expansion bomb declares many. */
function namesOf(entities: EntityDeclaration[]): string {
  const names = entities.map((entity) => `${entity.parameter ? '%' : ''}${entity.name}`);
  return names.length > 5 ? `${names.slice(0, 5).join(', ')}, …` : names.join(', ');
}

export default defineRule<BrokerModel>({
  id: 'broker/xml-entity-declaration',
  format: 'broker',
  severity: 'error',
  description: 'An XML DOCTYPE declares entities or loads an external DTD: external entity and expansion attacks.',
  rationale: 'Broker configuration needs no DOCTYPE. Entity declarations let the file make an expanding XML parser read local files or URLs (external entities: `<!ENTITY x SYSTEM "file:///etc/…">`) or exhaust its memory (nested expansion, the "billion laughs"); an external DTD is fetched the same way. Every tool that reads the file, not only Broker, is exposed. The linter itself never expands or fetches anything. Hardened: no DOCTYPE.',
  messages: {
    entities: 'The DOCTYPE declares {{count}} {{noun}} ({{names}}){{external}}: XML entities can make a parser read files or URLs or expand without bound. Broker files need no DOCTYPE.',
    externalDtd: 'The DOCTYPE loads an external DTD: a parser may fetch it and the entities it declares. Broker files need no DOCTYPE.',
  },
  fixable: true,
  check({ model, text, report }) {
    const doctype = model.doctype;
    if (!doctype || (doctype.entities.length === 0 && !doctype.externalSubset)) {
      return;
    }
    // Removing the DOCTYPE is safe only when no entity is used: the document stays well-formed and means the same.
    let end = doctype.span.end;
    end += text.startsWith('\r\n', end) ? 2 : text[end] === '\n' ? 1 : 0;
    const fixes: Fix[] = model.entityReferences.length > 0 ? [] : [{ title: 'Remove the DOCTYPE', edits: [{ span: { start: doctype.span.start, end }, text: '' }] }];
    const span = { start: doctype.span.start, end: doctype.span.start + '<!DOCTYPE'.length };
    if (doctype.entities.length === 0) {
      report({ messageId: 'externalDtd', span, fixes });
      return;
    }
    const external = doctype.entities.filter((entity) => entity.external).length;
    report({
      messageId: 'entities',
      data: {
        count: doctype.entities.length,
        noun: doctype.entities.length === 1 ? 'entity' : 'entities',
        names: namesOf(doctype.entities),
        external: external === 0 ? '' : `, ${external} of them external (read from a file or URL)`,
      },
      span,
      fixes,
    });
  },
});
