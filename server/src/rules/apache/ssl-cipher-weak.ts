/** apache/ssl-cipher-weak: SSLCipherSuite lets weak ciphers through (NULL, anonymous, EXPORT, DES, 3DES, RC4, MD5, IDEA, SEED, PSK, LOW, MEDIUM). */
import { defineRule } from '../../core/rule';
import { replaceArguments } from '../../formats/apache/edits';
import { ApacheModel } from '../../formats/apache/model';
import { directivesNamed } from '../../formats/apache/query';
import { TLS_PROFILE_VALUES, weakCipherFamilies } from '../../formats/apache/tls';

export default defineRule<ApacheModel>({
  id: 'apache/ssl-cipher-weak',
  format: 'apache',
  severity: 'error',
  description: 'SSLCipherSuite enables NULL, aNULL, EXPORT, DES, 3DES, RC4, MD5, IDEA, SEED, PSK or LOW/MEDIUM ciphers.',
  rationale: 'These ciphers are broken or weak: no encryption (NULL) or no authentication (aNULL, open to man-in-the-middle), export-grade keys, 56-bit DES, 64-bit-block 3DES (Sweet32), RC4 biases, MD5, and the obsolete IDEA and SEED; PSK suites have no place on a web server. Elements removed with `!` do not count. The fix sets the Mozilla guideline 6.0 intermediate list: ECDHE key exchange with AES-GCM or ChaCha20-Poly1305 only.',
  messages: { weak: 'SSLCipherSuite enables weak ciphers: {{families}}; use the Mozilla {{profile}} list.' },
  fixable: true,
  check({ model, settings, report }) {
    const profile = TLS_PROFILE_VALUES[settings.tlsProfile];
    for (const directive of directivesNamed(model, 'sslciphersuite')) {
      const values = directive.args.map((arg) => arg.value);
      // `SSLCipherSuite TLSv1.3 …` configures the TLS 1.3 suites, which are all strong; `SSL …` is the TLS 1.2 list.
      if (values[0]?.toLowerCase() === 'tlsv1.3') {
        continue;
      }
      const list = values[0]?.toUpperCase() === 'SSL' ? values.slice(1) : values;
      const families = weakCipherFamilies(list.join(' '));
      if (families.length > 0) {
        const span = { start: directive.args[0].span.start, end: directive.args[directive.args.length - 1].span.end };
        report({
          messageId: 'weak',
          data: { families: families.join(', '), profile: settings.tlsProfile },
          span,
          fixes: [{ title: `Use the Mozilla ${settings.tlsProfile} cipher list`, edits: [replaceArguments(directive, profile.cipherSuite)] }],
        });
      }
    }
  },
});
