/** apache/loglevel-debug: LogLevel debug or trace writes request details to the error log. */
import { defineRule } from '../../core/rule';
import { ApacheModel } from '../../formats/apache/model';
import { directivesNamed } from '../../formats/apache/query';

const VERBOSE = /^(debug|trace[1-8])$/i;

export default defineRule<ApacheModel>({
  id: 'apache/loglevel-debug',
  format: 'apache',
  severity: 'info',
  description: 'LogLevel is debug or trace1…trace8 (globally or for a module).',
  rationale: 'At `debug` and `trace` levels httpd and its modules log request and TLS details, with trace levels including headers and bodies: cookies and credentials end up in log files readable by more people than the web server, and the logs grow fast. `warn` is httpd\'s default.',
  messages: { verbose: 'LogLevel {{value}} writes request details (cookies, credentials) to the error log; use warn.' },
  fixable: true,
  check({ model, text, report }) {
    for (const directive of directivesNamed(model, 'loglevel')) {
      for (const arg of directive.args) {
        const level = arg.value.split(':').pop() ?? '';
        if (!VERBOSE.test(level)) {
          continue;
        }
        // Replace the level only, keeping a `module:` prefix; where the level comes from a ${variable}, the whole word.
        const raw = text.slice(arg.span.start, arg.span.end);
        const at = raw.toLowerCase().lastIndexOf(level.toLowerCase());
        const prefix = arg.value.slice(0, arg.value.length - level.length);
        const edit = at === -1
          ? { span: arg.span, text: `${prefix}warn` }
          : { span: { start: arg.span.start + at, end: arg.span.start + at + level.length }, text: 'warn' };
        report({ messageId: 'verbose', data: { value: arg.value }, span: arg.span, fixes: [{ title: 'Set the level to warn', edits: [edit] }] });
      }
    }
  },
});
