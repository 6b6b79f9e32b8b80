/** apache/ssl-insecure-renegotiation: renegotiation without RFC 5746 is allowed. */
import { defineRule } from '../../core/rule';
import { replaceArguments } from '../../formats/apache/edits';
import { ApacheModel } from '../../formats/apache/model';
import { directivesNamed } from '../../formats/apache/query';

export default defineRule<ApacheModel>({
  id: 'apache/ssl-insecure-renegotiation',
  format: 'apache',
  severity: 'error',
  description: 'SSLInsecureRenegotiation On allows renegotiation with clients lacking RFC 5746.',
  rationale: 'Legacy renegotiation lets a man-in-the-middle splice his own request in front of the victim\'s authenticated one (CVE-2009-3555). `Off` (the default) only renegotiates with clients supporting the secure renegotiation extension, which every current client does.',
  messages: { on: 'SSLInsecureRenegotiation On allows request injection through legacy renegotiation; use SSLInsecureRenegotiation Off.' },
  fixable: true,
  check({ model, report }) {
    for (const directive of directivesNamed(model, 'sslinsecurerenegotiation')) {
      const value = directive.args[0];
      if (value?.value.toLowerCase() === 'on') {
        report({ messageId: 'on', span: value.span, fixes: [{ title: 'Set SSLInsecureRenegotiation Off', edits: [replaceArguments(directive, 'Off')] }] });
      }
    }
  },
});
