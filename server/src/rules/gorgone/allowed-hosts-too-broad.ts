/** gorgone/allowed-hosts-too-broad: an allowed_hosts subnet that admits a large part of the Internet. */
import { defineRule } from '../../core/rule';
import { LOCAL_SUBNET } from '../../formats/gorgone/httpserver';
import { GorgoneModel } from '../../formats/gorgone/model';
import { loadedModulesOfKind } from '../../formats/gorgone/modules';
import { replaceValue } from '../../formats/yaml/edits';
import { asMap, asScalar, asSeq, get } from '../../formats/yaml/model';

/** Shortest accepted prefixes: an IPv4 /8 is a whole former class A; an IPv6 /16 is a similar share of the routed space. */
const MIN_PREFIX = { 4: 8, 6: 16 } as const;

interface Block {
  family: 4 | 6;
  prefix: number;
}

/** The prefix length of a dotted netmask (`255.0.0.0` → 8), or undefined when its bits are not contiguous. */
function maskPrefix(mask: string): number | undefined {
  const octets = mask.split('.').map(Number);
  if (octets.some((octet) => octet > 255)) {
    return undefined;
  }
  const bits = octets.map((octet) => octet.toString(2).padStart(8, '0')).join('');
  return /^1*0*$/.test(bits) ? bits.replace(/0+$/, '').length : undefined;
}

/**
 * Reads a subnet the way NetAddr::IP does for the cases that matter here: `a.b.c.d/n`, partial `10/8`,
 * a dotted netmask, `any`/`default` (0.0.0.0/0), IPv6 `x::/n`, and IPv4-mapped IPv6. Anything else is left alone.
 */
function parseSubnet(written: string): Block | undefined {
  const text = written.trim().toLowerCase();
  if (text === 'any' || text === 'default') {
    return { family: 4, prefix: 0 };
  }
  const [address, prefixText, extra] = text.split('/');
  if (extra !== undefined) {
    return undefined;
  }
  if (/^\d{1,3}(\.\d{1,3}){0,3}$/.test(address)) {
    if (prefixText === undefined) {
      return { family: 4, prefix: 32 };
    }
    const prefix = /^\d{1,2}$/.test(prefixText) ? Number(prefixText) : /^\d{1,3}(\.\d{1,3}){3}$/.test(prefixText) ? maskPrefix(prefixText) : undefined;
    return prefix !== undefined && prefix <= 32 ? { family: 4, prefix } : undefined;
  }
  if (address.includes(':') && /^[0-9a-f:.]+$/.test(address)) {
    const prefix = prefixText === undefined ? 128 : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : undefined;
    if (prefix === undefined || prefix > 128) {
      return undefined;
    }
    // ::ffff:a.b.c.d/n is the IPv4-mapped block of IPv4 prefix n - 96 (every IPv4 address below /96).
    return /^::ffff:\d/.test(address) ? { family: 4, prefix: Math.max(0, prefix - 96) } : { family: 6, prefix };
  }
  return undefined;
}

function scopeOf(block: Block): string {
  const bits = block.family === 4 ? 32 : 128;
  return block.prefix === 0 ? `every IPv${block.family} address` : `a /${block.prefix} block of 2^${bits - block.prefix} IPv${block.family} addresses`;
}

export default defineRule<GorgoneModel>({
  id: 'gorgone/allowed-hosts-too-broad',
  format: 'gorgone',
  severity: 'error',
  description: 'An allowed_hosts subnet of the Gorgone HTTP API is 0.0.0.0/0, ::/0 or wider than /8 (IPv4) or /16 (IPv6).',
  rationale: 'allowed_hosts admits a caller whose address is inside any listed subnet, so one subnet such as 0.0.0.0/0 opens the API (and its command endpoint) to the whole Internet. Hardened: `127.0.0.1/32`, plus the narrow subnets of the hosts that really call the API.',
  messages: {
    tooBroad: 'The allowed_hosts subnet {{subnet}} admits {{scope}}: list only the hosts that call the Gorgone API.',
  },
  fixable: true,
  check({ model, report }) {
    for (const module of loadedModulesOfKind(model, 'httpserver')) {
      const subnets = asSeq(get(asMap(get(module.map, 'allowed_hosts')), 'subnets'));
      for (const item of subnets?.items ?? []) {
        const subnet = asScalar(item);
        const block = subnet && parseSubnet(subnet.text);
        if (subnet && block && block.prefix < MIN_PREFIX[block.family]) {
          report({
            messageId: 'tooBroad',
            data: { subnet: subnet.text, scope: scopeOf(block) },
            span: subnet.span,
            fixes: [{ title: `Replace ${subnet.text} with ${LOCAL_SUBNET}`, edits: [replaceValue(subnet, LOCAL_SUBNET)] }],
          });
        }
      }
    }
  },
});
