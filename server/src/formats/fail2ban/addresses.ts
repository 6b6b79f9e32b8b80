/** Address ranges in `ignoreip`: how many addresses a token covers, and how to remove one token from a value. */
import { Edit, Span } from '../../core/types';
import { lineSpanAt } from '../../core/text';
import { IniEntry } from '../ini/model';

export interface Token {
  text: string;
  span: Span;
  /** The index of the value line holding it, in `entry.lines`. */
  line: number;
}

/** The words of a value, split on whitespace and commas as fail2ban splits `ignoreip`, in text order. */
export function tokensOf(entry: IniEntry): Token[] {
  return entry.lines.flatMap((line, lineIndex) => [...line.text.matchAll(/[^\s,]+/g)].map((match) => {
    const start = line.span.start + (match.index ?? 0);
    return { text: match[0], span: { start, end: start + match[0].length }, line: lineIndex };
  }));
}

function prefixOfMask(mask: string): number | undefined {
  const parts = mask.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) {
    return undefined;
  }
  const bits = parts.map((part) => part.toString(2).padStart(8, '0')).join('');
  return /^1*0*$/.test(bits) ? bits.indexOf('0') === -1 ? 32 : bits.indexOf('0') : undefined;
}

/** For a range wider than /8 (IPv4 or IPv6 prefix below 8): what it lets through; undefined otherwise. */
export function broadRange(token: string): string | undefined {
  const cidr = /^([^/]+)\/(\d{1,3}|\d{1,3}(?:\.\d{1,3}){3})$/.exec(token);
  if (!cidr) {
    return undefined;
  }
  const [, address, suffix] = cidr;
  const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(address);
  const ipv6 = !ipv4 && address.includes(':') && /^[0-9A-Fa-f:.]+$/.test(address);
  const prefix = suffix.includes('.') ? (ipv4 ? prefixOfMask(suffix) : undefined) : Number(suffix);
  if ((!ipv4 && !ipv6) || prefix === undefined || prefix >= 8) {
    return undefined;
  }
  if (prefix === 0) {
    return ipv4 ? 'every IPv4 address' : 'every IPv6 address';
  }
  return ipv4 ? `1/${2 ** prefix} of all IPv4 addresses (${(2 ** (32 - prefix)).toLocaleString('en-US')})` : `1/${2 ** prefix} of all IPv6 addresses`;
}

/**
 * Removes `tokens[index]` (the {@link tokensOf} an entry) with the separator after it (or before it,
 * for the last one); a line left empty goes too. Only its neighbours on its line are looked at, so removing each
 * of many tokens stays linear.
 */
export function removeToken(text: string, tokens: readonly Token[], index: number): Edit {
  const token = tokens[index];
  const sameLine = (other: Token | undefined) => (other !== undefined && other.line === token.line ? other : undefined);
  const next = sameLine(tokens[index + 1]);
  const previous = sameLine(tokens[index - 1]);
  if (!next && !previous && token.line > 0) {
    // A continuation line holding only this token: remove the physical line with the break before it.
    const physical = lineSpanAt(text, token.span.start);
    let start = physical.start;
    start -= text.slice(0, start).endsWith('\r\n') ? 2 : 1;
    return { span: { start, end: physical.end }, text: '' };
  }
  if (next) {
    return { span: { start: token.span.start, end: next.span.start }, text: '' };
  }
  // The last word: the separator before it goes too, back to the previous word or the key's separator.
  let start = previous ? previous.span.end : token.span.start;
  while (!previous && start > 0 && /[ \t]/.test(text[start - 1])) {
    start--;
  }
  return { span: { start, end: token.span.end }, text: '' };
}
