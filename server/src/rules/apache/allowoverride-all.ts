/** apache/allowoverride-all: `.htaccess` files may change any setting (AllowOverride All). */
import { defineRule } from '../../core/rule';
import { replaceArguments } from '../../formats/apache/edits';
import { ApacheModel } from '../../formats/apache/model';
import { directivesNamed } from '../../formats/apache/query';

export default defineRule<ApacheModel>({
  id: 'apache/allowoverride-all',
  format: 'apache',
  severity: 'warning',
  description: 'AllowOverride All lets .htaccess files override every setting.',
  rationale: 'With `AllowOverride All`, whoever can write a `.htaccess` file into the folder (an upload, a compromised plugin) can turn on CGI, change handlers or lift access restrictions; httpd also looks for `.htaccess` in every folder on every request. The product ships no `.htaccess` of its own: `AllowOverride None`.',
  messages: { all: 'AllowOverride All lets any .htaccess file reconfigure this folder; use AllowOverride None.' },
  fixable: true,
  check({ model, report }) {
    for (const directive of directivesNamed(model, 'allowoverride')) {
      const value = directive.args[0];
      if (value?.value.toLowerCase() === 'all') {
        report({ messageId: 'all', span: value.span, fixes: [{ title: 'Set AllowOverride None', edits: [replaceArguments(directive, 'None')] }] });
      }
    }
  },
});
