/** apache/trace-enable: the TRACE method stays answered (TraceEnable missing from a site file, or not Off). */
import { defineRule } from '../../core/rule';
import { insertAtServerLevel, replaceArguments } from '../../formats/apache/edits';
import { ApacheModel } from '../../formats/apache/model';
import { directivesNamed, isSiteFile, productAliases, redirectsEverythingToHttps, serverLevel, virtualHosts, vhostLevel } from '../../formats/apache/query';

export default defineRule<ApacheModel>({
  id: 'apache/trace-enable',
  format: 'apache',
  severity: 'warning',
  description: 'TraceEnable is On or extended, or a site file leaves TRACE enabled.',
  rationale: 'httpd answers the TRACE method by default, echoing the request with its headers; cross-site tracing uses it to read cookies and authorization headers that scripts cannot see. The hardening guide sets `TraceEnable Off`; in a site file it belongs at server level (or in every VirtualHost that does not redirect everything).',
  messages: {
    enabled: 'TraceEnable {{value}} answers TRACE requests (cross-site tracing); use TraceEnable Off.',
    missing: 'TRACE is enabled here: this site file sets TraceEnable Off neither at server level nor in this vhost; add TraceEnable Off at server level.',
  },
  fixable: true,
  check({ model, text, report }) {
    for (const directive of directivesNamed(model, 'traceenable')) {
      const value = directive.args[0]?.value ?? '';
      if (value.toLowerCase() !== 'off') {
        report({
          messageId: 'enabled',
          data: { value },
          span: directive.args[0]?.span ?? directive.nameSpan,
          fixes: [{ title: 'Set TraceEnable Off', edits: [replaceArguments(directive, 'Off')] }],
        });
      }
    }
    if (!isSiteFile(model, text) || serverLevel(model, 'traceenable').length > 0) {
      return;
    }
    const fix = { title: 'Add TraceEnable Off before the first VirtualHost', edits: [insertAtServerLevel(text, model, 'TraceEnable Off')] };
    const vhosts = virtualHosts(model);
    if (vhosts.length === 0) {
      report({ messageId: 'missing', span: productAliases(model, text)[0].span, fixes: [fix] });
    }
    // A vhost that redirects every request answers TRACE with the redirect too (mod_rewrite and mod_alias run first).
    for (const vhost of vhosts.filter((candidate) => vhostLevel(candidate, 'traceenable').length === 0 && !redirectsEverythingToHttps(candidate))) {
      report({ messageId: 'missing', span: vhost.openSpan, fixes: [fix] });
    }
  },
});
