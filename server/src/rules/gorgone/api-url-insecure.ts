/** gorgone/api-url-insecure: a tpapi `base_url` over plain HTTP to another host sends the web API credentials in clear. */
import { defineRule } from '../../core/rule';
import { Fix } from '../../core/types';
import { GorgoneModel, isLoopback } from '../../formats/gorgone/model';
import { parseUrl } from '../../formats/gorgone/url';
import { asScalar, get, YamlScalar } from '../../formats/yaml/model';

/** Replaces only the scheme, when the value's source text starts with it (plain or quoted). */
function httpsFix(text: string, value: YamlScalar): Fix[] {
  const contentStart = value.span.start + (value.quoted ? 1 : 0);
  const written = text.slice(contentStart, contentStart + 'http://'.length);
  if (value.tag !== undefined || written.toLowerCase() !== 'http://') {
    return [];
  }
  return [{ title: 'Use https://', edits: [{ span: { start: contentStart, end: contentStart + 'http'.length }, text: 'https' }] }];
}

export default defineRule<GorgoneModel>({
  id: 'gorgone/api-url-insecure',
  format: 'gorgone',
  severity: 'warning',
  description: 'A tpapi base_url uses http:// to a host other than loopback.',
  rationale: 'Gorgone logs in to the Sipmon web API at `base_url` with the `Sipmonv2` username and password, then sends its token with every call. Over `http://` to another host, both cross the network in clear. Use `https://` (loopback addresses are fine: the traffic never leaves the host).',
  messages: { insecure: 'base_url "{{url}}" sends the web API credentials in clear to {{host}}; use https://.' },
  fixable: true,
  check({ model, text, report }) {
    for (const entry of model.tpapi) {
      const value = asScalar(get(entry, 'base_url'));
      const url = value === undefined ? undefined : parseUrl(value.text);
      if (value === undefined || url === undefined || url.scheme !== 'http' || url.host === '' || isLoopback(url.host)) {
        continue;
      }
      report({ messageId: 'insecure', data: { url: value.text, host: url.host }, span: value.span, fixes: httpsFix(text, value) });
    }
  },
});
