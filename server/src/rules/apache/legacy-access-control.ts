/** apache/legacy-access-control: Apache 2.2 `Order`/`Allow`/`Deny`, whose mix with 2.4 `Require` is unpredictable. */
import { defineRule } from '../../core/rule';
import { lineBreakOf } from '../../core/text';
import { Edit, Fix } from '../../core/types';
import { LEGACY_ACCESS, requireEquivalent } from '../../formats/apache/access';
import { deleteDirective, indentAt } from '../../formats/apache/edits';
import { ApacheDirective, ApacheModel, ApacheNode } from '../../formats/apache/model';
import { isDirective } from '../../formats/apache/query';

/** The directives of one container (a section's children, or the top level), with the sections to visit next. */
function containers(nodes: readonly ApacheNode[]): ApacheDirective[][] {
  const own = nodes.filter(isDirective);
  return [own, ...nodes.flatMap((node) => (node.kind === 'section' ? containers(node.children) : []))];
}

function migration(text: string, legacy: readonly ApacheDirective[], requires: readonly ApacheDirective[]): Fix | undefined {
  const equivalent = requireEquivalent(legacy);
  const deleteAll = legacy.map((directive) => deleteDirective(text, directive));
  if (requires.length > 0) {
    // The container already says what it means with Require: drop the 2.2 lines; safe only when they granted the same.
    const same = equivalent !== undefined && equivalent.join('\n').toLowerCase() === requires.map((require) => text.slice(require.span.start, require.span.end).replace(/\s+/g, ' ')).join('\n').toLowerCase();
    return { title: 'Remove the Apache 2.2 access lines and keep the Require lines', edits: deleteAll, needsJudgement: !same };
  }
  if (!equivalent) {
    return undefined;
  }
  const [first, ...rest] = legacy;
  const separator = lineBreakOf(text) + indentAt(text, first.lineSpan.start);
  const replaceFirst: Edit = { span: { start: first.nameSpan.start, end: first.lineSpan.end }, text: equivalent.join(separator) };
  return { title: `Replace with ${equivalent.join(' / ')}`, edits: [replaceFirst, ...rest.map((directive) => deleteDirective(text, directive))] };
}

export default defineRule<ApacheModel>({
  id: 'apache/legacy-access-control',
  format: 'apache',
  severity: 'warning',
  description: 'Apache 2.2 access control (Order, Allow, Deny) instead of Require.',
  rationale: '`Order`/`Allow`/`Deny` only work through mod_access_compat, and httpd documents that mixing them with 2.4\'s `Require` (as the old product vhosts did) gives unexpected results: a folder meant to be closed can end up open, or the reverse. The equivalent `Require` states the intent once: `Allow from all` is `Require all granted`, `Deny from all` is `Require all denied`, `Allow from 10.0.0.0/8` is `Require ip 10.0.0.0/8`.',
  messages: {
    legacy: '{{directives}}: Apache 2.2 access control (mod_access_compat), unpredictable next to Require; use {{equivalent}}.',
    noEquivalent: '{{directives}}: Apache 2.2 access control (mod_access_compat), unpredictable next to Require; state the access with Require (<RequireAll> for exceptions).',
  },
  fixable: true,
  check({ model, text, report }) {
    for (const directives of containers(model.nodes)) {
      const legacy = directives.filter((directive) => LEGACY_ACCESS.includes(directive.key));
      if (legacy.length === 0) {
        continue;
      }
      // One finding for the container's lines: they only mean something together, and one fix rewrites them all.
      const requires = directives.filter((directive) => directive.key === 'require');
      const equivalent = requires.length > 0 ? requires.map((require) => text.slice(require.span.start, require.span.end)) : requireEquivalent(legacy);
      const fix = migration(text, legacy, requires);
      report({
        messageId: equivalent ? 'legacy' : 'noEquivalent',
        data: { directives: [...new Set(legacy.map((directive) => directive.name))].join('/'), equivalent: equivalent?.join(' / ') ?? '' },
        span: { start: legacy[0].span.start, end: legacy[legacy.length - 1].span.end },
        fixes: fix ? [fix] : [],
      });
    }
  },
});
