/** apache/ssl-compression: TLS compression is on (CRIME). */
import { defineRule } from '../../core/rule';
import { replaceArguments } from '../../formats/apache/edits';
import { ApacheModel } from '../../formats/apache/model';
import { directivesNamed } from '../../formats/apache/query';

export default defineRule<ApacheModel>({
  id: 'apache/ssl-compression',
  format: 'apache',
  severity: 'error',
  description: 'SSLCompression On enables TLS compression (CRIME).',
  rationale: 'Compressing before encrypting lets an attacker who can inject text into requests recover secrets such as session cookies from the size of the encrypted records (CRIME). `Off` is the default; OpenSSL 3 builds without compression refuse `On` altogether.',
  messages: { on: 'SSLCompression On exposes cookies to the CRIME attack; use SSLCompression Off.' },
  fixable: true,
  check({ model, report }) {
    for (const directive of directivesNamed(model, 'sslcompression')) {
      const value = directive.args[0];
      if (value?.value.toLowerCase() === 'on') {
        report({ messageId: 'on', span: value.span, fixes: [{ title: 'Set SSLCompression Off', edits: [replaceArguments(directive, 'Off')] }] });
      }
    }
  },
});
