/** apache/ssl-protocol-legacy: SSLProtocol leaves SSLv2, SSLv3, TLSv1 or TLSv1.1 enabled (or, for the modern profile, TLSv1.2). */
import { defineRule } from '../../core/rule';
import { replaceArguments } from '../../formats/apache/edits';
import { ApacheModel } from '../../formats/apache/model';
import { directivesNamed } from '../../formats/apache/query';
import { enabledProtocols, PROTOCOLS, TLS_PROFILE_VALUES } from '../../formats/apache/tls';

export default defineRule<ApacheModel>({
  id: 'apache/ssl-protocol-legacy',
  format: 'apache',
  severity: 'error',
  description: 'SSLProtocol enables a protocol older than the TLS profile allows (SSLv2, SSLv3, TLSv1, TLSv1.1; TLSv1.2 under "modern").',
  rationale: 'SSLv2 and SSLv3 are broken (DROWN, POODLE); TLS 1.0 and 1.1 are deprecated (RFC 8996) and lack modern AEAD ciphers. `all -SSLv3` still enables TLSv1 and TLSv1.1. The Mozilla guideline 6.0 profile chosen by `tlsProfile` decides the value: intermediate `-all +TLSv1.2 +TLSv1.3`, modern `-all +TLSv1.3`.',
  messages: { legacy: 'SSLProtocol enables {{protocols}}, which the {{profile}} TLS profile does not allow; use SSLProtocol {{hardened}}.' },
  fixable: true,
  check({ model, settings, report }) {
    const profile = TLS_PROFILE_VALUES[settings.tlsProfile];
    for (const directive of directivesNamed(model, 'sslprotocol')) {
      const enabled = enabledProtocols(directive.args.map((arg) => arg.value));
      const extra = PROTOCOLS.filter((protocol) => enabled.has(protocol) && !profile.protocols.includes(protocol));
      if (extra.length > 0 && directive.args.length > 0) {
        const span = { start: directive.args[0].span.start, end: directive.args[directive.args.length - 1].span.end };
        report({
          messageId: 'legacy',
          data: { protocols: extra.join(', '), profile: settings.tlsProfile, hardened: profile.sslProtocol },
          span,
          fixes: [{ title: `Set SSLProtocol ${profile.sslProtocol} (Mozilla ${settings.tlsProfile})`, edits: [replaceArguments(directive, profile.sslProtocol)] }],
        });
      }
    }
  },
});
