/** apache/php-fpm-not-local: PHP is proxied over FastCGI to a host other than the loopback. */
import { defineRule } from '../../core/rule';
import { ApacheModel } from '../../formats/apache/model';
import { directivesNamed } from '../../formats/apache/query';

const FCGI_HOST = /fcgi:\/\/(\[[^\]]*\]|[^/:?#"\s]*)/i;

function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare) || /^(0{0,4}:){2,7}0{0,3}1$/.test(bare);
}

export default defineRule<ApacheModel>({
  id: 'apache/php-fpm-not-local',
  format: 'apache',
  severity: 'warning',
  description: 'ProxyPass, ProxyPassMatch or SetHandler sends PHP over fcgi:// to a non-loopback host.',
  rationale: 'FastCGI has neither encryption nor authentication: whoever reaches php-fpm\'s port can make it run any PHP file with any parameters, and the traffic between httpd and php-fpm (sessions, passwords) crosses the network in clear. The product runs php-fpm on the same host, listening on 127.0.0.1:9042.',
  messages: { remote: 'PHP is sent over FastCGI to {{host}}, which is not the loopback: php-fpm is exposed and the traffic is clear text; use 127.0.0.1.' },
  fixable: true,
  check({ model, text, report }) {
    for (const directive of directivesNamed(model, 'proxypass', 'proxypassmatch', 'sethandler')) {
      for (const arg of directive.args) {
        const host = FCGI_HOST.exec(arg.value)?.[1];
        if (host === undefined || host === '' || isLoopback(host)) {
          continue;
        }
        // The host can be fixed where it is written out; one coming from a ${variable} is left to the user.
        const raw = text.slice(arg.span.start, arg.span.end);
        const written = FCGI_HOST.exec(raw);
        const fixes = written && written[1] === host
          ? [{ title: 'Send PHP to 127.0.0.1 (php-fpm must listen there)', edits: [{ span: { start: arg.span.start + written.index + written[0].length - host.length, end: arg.span.start + written.index + written[0].length }, text: '127.0.0.1' }], needsJudgement: true }]
          : [];
        report({ messageId: 'remote', data: { host }, span: arg.span, fixes });
      }
    }
  },
});
