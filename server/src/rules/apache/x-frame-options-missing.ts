/** apache/x-frame-options-missing: pages can be framed by any site (no X-Frame-Options, no CSP frame-ancestors). */
import { defineRule } from '../../core/rule';
import { Edit, Span } from '../../core/types';
import { insertAtBodyEnd, insertAtServerLevel } from '../../formats/apache/edits';
import { FRAME_OPTIONS } from '../../formats/apache/hardened';
import { headerSetters } from '../../formats/apache/headers';
import { ApacheDirective, ApacheModel } from '../../formats/apache/model';
import { effectiveForVhost, productAliases, serverLevel, servesPages, virtualHosts } from '../../formats/apache/query';

/** Whether these Header lines forbid framing by other sites. */
function forbidsFraming(directives: readonly ApacheDirective[]): boolean {
  return headerSetters(directives, 'x-frame-options').length > 0
    || headerSetters(directives, 'content-security-policy').some((setter) => /frame-ancestors/i.test(setter.value?.value ?? ''));
}

export default defineRule<ApacheModel>({
  id: 'apache/x-frame-options-missing',
  format: 'apache',
  severity: 'warning',
  description: 'Pages are served without X-Frame-Options or a Content-Security-Policy frame-ancestors.',
  rationale: 'A page that any site may show in a frame can be overlaid with a decoy so that a logged-in user clicks buttons he cannot see (clickjacking): acknowledging alerts, deleting hosts, running commands. `X-Frame-Options: SAMEORIGIN` (or CSP `frame-ancestors \'self\'`) lets only the product frame itself.',
  messages: { missing: 'Pages served here may be framed by any site (clickjacking): no X-Frame-Options and no CSP frame-ancestors; add {{hardened}}.' },
  fixable: true,
  check({ model, text, report }) {
    const blame = (span: Span, edit: Edit) => report({ messageId: 'missing', data: { hardened: FRAME_OPTIONS }, span, fixes: [{ title: 'Add X-Frame-Options SAMEORIGIN', edits: [edit] }] });
    const vhosts = virtualHosts(model);
    for (const vhost of vhosts.filter(servesPages)) {
      if (!forbidsFraming(effectiveForVhost(model, vhost, 'header'))) {
        blame(vhost.openSpan, insertAtBodyEnd(text, vhost, [FRAME_OPTIONS]));
      }
    }
    const alias = productAliases(model, text)[0];
    if (vhosts.length === 0 && alias && !forbidsFraming(serverLevel(model, 'header'))) {
      blame(alias.span, insertAtServerLevel(text, model, FRAME_OPTIONS));
    }
  },
});
