/** apache/cookie-flags: an HTTPS vhost's cookies are not given HttpOnly and Secure (`Header always edit Set-Cookie …`). */
import { defineRule } from '../../core/rule';
import { insertAtBodyEnd, replaceArguments } from '../../formats/apache/edits';
import { COOKIE_FLAGS, COOKIE_FLAGS_ARGS } from '../../formats/apache/hardened';
import { headerEdits } from '../../formats/apache/headers';
import { ApacheDirective, ApacheModel } from '../../formats/apache/model';
import { effectiveForVhost, isTlsVirtualHost, virtualHosts } from '../../formats/apache/query';

const FLAGS = ['HttpOnly', 'Secure'].map((name) => ({ name, pattern: new RegExp(`\\b${name}\\b`, 'i') }));

export default defineRule<ApacheModel>({
  id: 'apache/cookie-flags',
  format: 'apache',
  severity: 'warning',
  description: 'An HTTPS vhost does not add HttpOnly and Secure to the cookies it sends.',
  rationale: 'The PHP session cookie is the user\'s login. Without `HttpOnly` a cross-site script can read it; without `Secure` the browser also sends it over plain HTTP, where it can be captured. The hardening guide rewrites every cookie at server level: `Header always edit Set-Cookie ^(.*)$ $1;HttpOnly;Secure;SameSite=Strict` (the shipped vhost forgets `Secure`).',
  messages: {
    incomplete: 'Cookies of this HTTPS vhost get no {{flags}} flag; use {{hardened}}.',
    missing: 'This HTTPS vhost does not add HttpOnly and Secure to its cookies; add {{hardened}}.',
  },
  fixable: true,
  check({ model, text, report }) {
    const blamed = new Set<ApacheDirective>();
    for (const vhost of virtualHosts(model).filter((candidate) => isTlsVirtualHost(model, candidate))) {
      const edits = headerEdits(effectiveForVhost(model, vhost, 'header'), 'set-cookie');
      const replacements = edits.map((edit) => edit.replacement?.value ?? '').join(';');
      const missing = FLAGS.filter((flag) => !flag.pattern.test(replacements)).map((flag) => flag.name);
      if (missing.length === 0) {
        continue;
      }
      const last = edits[edits.length - 1];
      if (!last) {
        report({ messageId: 'missing', data: { hardened: COOKIE_FLAGS }, span: vhost.openSpan, fixes: [{ title: 'Add HttpOnly, Secure and SameSite to every cookie', edits: [insertAtBodyEnd(text, vhost, [COOKIE_FLAGS])] }] });
      } else if (!blamed.has(last.directive)) {
        blamed.add(last.directive);
        report({
          messageId: 'incomplete',
          data: { flags: missing.join(' and '), hardened: COOKIE_FLAGS },
          span: last.replacement?.span ?? last.directive.span,
          fixes: [{ title: 'Use the guide\'s cookie flags (HttpOnly, Secure, SameSite=Strict)', edits: [replaceArguments(last.directive, COOKIE_FLAGS_ARGS)] }],
        });
      }
    }
  },
});
