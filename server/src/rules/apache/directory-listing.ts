/** apache/directory-listing: `Options` enables Indexes (or All), so folders without an index page are listed. */
import { defineRule } from '../../core/rule';
import { Edit, Fix } from '../../core/types';
import { ApacheDirective, ApacheModel } from '../../formats/apache/model';
import { directivesNamed } from '../../formats/apache/query';
import { ApacheWord } from '../../formats/apache/words';

/** Turns Indexes off while keeping the line valid: httpd refuses a mix of `+`/`-` options and bare ones. */
function disableIndexes(directive: ApacheDirective, option: ApacheWord): Edit {
  const args = directive.args;
  const index = args.indexOf(option);
  if (option.value.startsWith('+') || args.length === 1) {
    return { span: option.span, text: '-Indexes' };
  }
  // A bare list replaces the inherited options: dropping Indexes from it is enough.
  return index > 0
    ? { span: { start: args[index - 1].span.end, end: option.span.end }, text: '' }
    : { span: { start: option.span.start, end: args[1].span.start }, text: '' };
}

export default defineRule<ApacheModel>({
  id: 'apache/directory-listing',
  format: 'apache',
  severity: 'warning',
  description: 'Options enables Indexes (directly or through All): folders without an index page are listed.',
  rationale: 'With `Indexes`, a request for a folder that has no index file returns the list of its files: backups, configuration samples and uploads become easy to find. The shipped vhost uses `Options -Indexes +FollowSymLinks`; older ones had `Options Indexes`. `All` includes Indexes too.',
  messages: {
    indexes: 'Options {{value}} lists folder contents to anyone; use -Indexes.',
    all: 'Options All includes Indexes (and CGI and server-side includes); list only what is needed, e.g. FollowSymLinks.',
  },
  fixable: true,
  check({ model, report }) {
    for (const directive of directivesNamed(model, 'options')) {
      for (const option of directive.args) {
        const value = option.value.toLowerCase();
        if (value === 'indexes' || value === '+indexes') {
          report({ messageId: 'indexes', data: { value: option.value }, span: option.span, fixes: [{ title: 'Turn directory listings off', edits: [disableIndexes(directive, option)] }] });
        } else if (value === 'all') {
          const fix: Fix = { title: 'Replace All by FollowSymLinks (drops CGI and server-side includes too)', edits: [{ span: option.span, text: 'FollowSymLinks' }], needsJudgement: true };
          report({ messageId: 'all', span: option.span, fixes: [fix] });
        }
      }
    }
  },
});
