/** apache/hsts-missing: an HTTPS vhost sends no Strict-Transport-Security header, or one with a max-age under a year. */
import { defineRule } from '../../core/rule';
import { Edit } from '../../core/types';
import { insertAtBodyEnd } from '../../formats/apache/edits';
import { hstsHeader } from '../../formats/apache/hardened';
import { headerSetters } from '../../formats/apache/headers';
import { ApacheDirective, ApacheModel } from '../../formats/apache/model';
import { effectiveForVhost, isTlsVirtualHost, virtualHosts } from '../../formats/apache/query';
import { TLS_PROFILE_VALUES } from '../../formats/apache/tls';
import { ApacheWord } from '../../formats/apache/words';

const ONE_YEAR = 31536000;

/** Sets max-age to `seconds`: only the digits when they are written in the source, else the whole value. */
function setMaxAge(text: string, value: ApacheWord, seconds: number): Edit {
  const raw = text.slice(value.span.start, value.span.end);
  const digits = /max-age\s*=\s*"?(\d+)/i.exec(raw);
  if (digits) {
    const start = value.span.start + digits.index + digits[0].length - digits[1].length;
    return { span: { start, end: start + digits[1].length }, text: String(seconds) };
  }
  return { span: value.span, text: `"max-age=${seconds}"` };
}

export default defineRule<ApacheModel>({
  id: 'apache/hsts-missing',
  format: 'apache',
  severity: 'warning',
  description: 'An HTTPS vhost sends no Strict-Transport-Security header, or one with a max-age under one year.',
  rationale: 'Without HSTS, a user who types the address or follows an http:// link makes a first request in clear, which an attacker on the network can answer himself and keep the whole session on HTTP (SSL stripping). With it, the browser goes straight to HTTPS for max-age seconds. Mozilla guideline 6.0 asks for two years (63072000 s); less than one year is too short to protect returning users.',
  messages: {
    missing: 'This HTTPS vhost sends no Strict-Transport-Security header (SSL stripping); add {{hardened}}.',
    short: 'Strict-Transport-Security max-age {{maxAge}} is under one year; use max-age={{seconds}}.',
    noMaxAge: 'Strict-Transport-Security without max-age is ignored by browsers; use max-age={{seconds}}.',
  },
  fixable: true,
  check({ model, text, settings, report }) {
    const seconds = TLS_PROFILE_VALUES[settings.tlsProfile].hstsMaxAge;
    const blamed = new Set<ApacheDirective>();
    for (const vhost of virtualHosts(model).filter((candidate) => isTlsVirtualHost(model, candidate))) {
      const setters = headerSetters(effectiveForVhost(model, vhost, 'header'), 'strict-transport-security');
      const last = setters[setters.length - 1];
      if (!last) {
        const hardened = hstsHeader(settings.tlsProfile);
        report({ messageId: 'missing', data: { hardened }, span: vhost.openSpan, fixes: [{ title: 'Add the HSTS header', edits: [insertAtBodyEnd(text, vhost, [hardened])] }] });
        continue;
      }
      const value = last.value;
      const maxAge = value && /max-age\s*=\s*"?(\d+)/i.exec(value.value)?.[1];
      if (value && (maxAge === undefined || Number(maxAge) < ONE_YEAR) && !blamed.has(last.directive)) {
        blamed.add(last.directive);
        report({
          messageId: maxAge === undefined ? 'noMaxAge' : 'short',
          data: { maxAge: maxAge ?? '', seconds },
          span: value.span,
          fixes: [{ title: `Set max-age=${seconds}`, edits: [setMaxAge(text, value, seconds)] }],
        });
      }
    }
  },
});
