/** apache/server-signature: pages httpd generates carry a footer with its version (ServerSignature not Off). */
import { defineRule } from '../../core/rule';
import { replaceArguments } from '../../formats/apache/edits';
import { ApacheModel } from '../../formats/apache/model';
import { directivesNamed } from '../../formats/apache/query';

export default defineRule<ApacheModel>({
  id: 'apache/server-signature',
  format: 'apache',
  severity: 'warning',
  description: 'ServerSignature is On or EMail.',
  rationale: 'With `ServerSignature On` (or `EMail`), error pages and directory listings end with a line naming the server, its version and its host name (and the admin address). `Off` is httpd\'s default and the guide\'s value.',
  messages: { shown: 'ServerSignature {{value}} adds the server version to generated pages; use ServerSignature Off.' },
  fixable: true,
  check({ model, report }) {
    for (const directive of directivesNamed(model, 'serversignature')) {
      const value = directive.args[0]?.value ?? '';
      if (value.toLowerCase() !== 'off') {
        report({
          messageId: 'shown',
          data: { value },
          span: directive.args[0]?.span ?? directive.nameSpan,
          fixes: [{ title: 'Set ServerSignature Off', edits: [replaceArguments(directive, 'Off')] }],
        });
      }
    }
  },
});
