/** fail2ban/port-missing: the Sipmon jail's `port` does not cover both http and https. */
import { defineRule } from '../../core/rule';
import { IniDocument } from '../../formats/ini/model';
import { jailConfiguration } from '../../formats/fail2ban/context';
import { SIPMON_JAIL } from '../../formats/fail2ban/effective';
import { placeOption } from '../../formats/fail2ban/placement';

const WEB_PORTS: { name: string; names: string[]; number: number }[] = [
  { name: 'http', names: ['http', 'www', 'www-http'], number: 80 },
  { name: 'https', names: ['https'], number: 443 },
];

/** Whether a port item (a name, a number, or a range written a:b or a-b) covers a port. */
function covers(item: string, port: (typeof WEB_PORTS)[number]): boolean {
  const lower = item.toLowerCase();
  if (port.names.includes(lower) || lower === String(port.number)) {
    return true;
  }
  const range = /^(\d+)[:-](\d+)$/.exec(lower);
  return range !== null && Number(range[1]) <= port.number && port.number <= Number(range[2]);
}

export default defineRule<IniDocument>({
  id: 'fail2ban/port-missing',
  format: 'fail2ban',
  severity: 'warning',
  description: 'The Sipmon jail\'s port does not cover both http and https.',
  rationale: 'A ban blocks only the ports named by `port`. The web interface answers on http and https (or a custom HTTPS port such as 8443, which must be added too); a port left out lets a banned address keep guessing there.',
  messages: { missing: 'port = {{value}}{{origin}} does not cover {{missing}}: a banned address can keep trying there. Use port = http,https (plus any custom port).{{advice}}' },
  fixable: true,
  check(context) {
    const config = jailConfiguration(context);
    const place = placeOption(config, SIPMON_JAIL, 'port');
    if (!place || (place.effective.value === undefined && place.effective.error !== undefined)) {
      return;
    }
    const items = (place.effective.value ?? '').split(/[\s,]+/).filter(Boolean);
    const missing = WEB_PORTS.filter((port) => !items.some((item) => covers(item, port))).map((port) => port.name);
    if (missing.length === 0) {
      return;
    }
    // Custom ports the administrator listed stay; only the missing web ports are added.
    const value = [...items, ...missing].join(',');
    const edits = place.fix(value);
    context.report({
      messageId: 'missing',
      data: { value: items.join(',') || '(empty)', missing: missing.join(' and '), origin: place.origin, advice: place.advice },
      span: place.span,
      fixes: edits ? [{ title: `Set port = ${value}`, edits }] : [],
    });
  },
});
