/** apache/icons-alias: `Alias /icons/` publishes httpd's icon folder (the guide comments it out). */
import { defineRule } from '../../core/rule';
import { commentOut } from '../../formats/apache/edits';
import { ApacheModel } from '../../formats/apache/model';
import { directivesNamed } from '../../formats/apache/query';

export default defineRule<ApacheModel>({
  id: 'apache/icons-alias',
  format: 'apache',
  severity: 'warning',
  description: 'An active Alias /icons/ publishes httpd\'s icon folder.',
  rationale: 'The `/icons/` alias of autoindex.conf serves httpd\'s stock icons and README on every vhost: a fingerprint of the server and its version, and useless to the product. The hardening guide comments it out (`#Alias /icons/ …` in conf.d/autoindex.conf, mods-available/autoindex.conf on Debian).',
  messages: { icons: 'Alias /icons/ publishes httpd\'s icons and README on every site; comment it out.' },
  fixable: true,
  check({ model, text, report }) {
    for (const directive of directivesNamed(model, 'alias')) {
      if (/^\/icons\/?$/.test(directive.args[0]?.value ?? '')) {
        report({ messageId: 'icons', span: directive.span, fixes: [{ title: 'Comment out the /icons/ alias', edits: commentOut(text, directive) }] });
      }
    }
  },
});
