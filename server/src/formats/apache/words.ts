/** httpd's word splitting (ap_getword_conf): whitespace-separated words, `"…"` and `'…'` quoting, backslash escapes. */
import { Span } from '../../core/types';
import { MappedText, sourceSpan } from './lines';

export interface ApacheWord {
  /** The value httpd sees: variables expanded, quotes and escapes removed. */
  value: string;
  /** Where the word is in the source, quotes included (a word holding a `${var}` covers the whole reference). */
  span: Span;
  quoted: boolean;
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\f' || char === '\v' || char === '\r' || char === '\n';
}

/** Removes the escapes httpd removes: `\\` always, and `\<quote>` inside that quote. */
function unescape(raw: string, quote: string | undefined): string {
  // Nearly every word has no backslash: building it again character by character cost a string per character.
  if (!raw.includes('\\')) {
    return raw;
  }
  let value = '';
  for (let i = 0; i < raw.length; i++) {
    const next = raw[i + 1];
    if (raw[i] === '\\' && next !== undefined && (next === '\\' || (quote !== undefined && next === quote))) {
      value += next;
      i++;
    } else {
      value += raw[i];
    }
  }
  return value;
}

/** Splits the characters [from, to) of a mapped line into words. An unterminated quote runs to the end, as in httpd. */
export function splitWords(line: MappedText, from: number, to: number): ApacheWord[] {
  const words: ApacheWord[] = [];
  const text = line.text;
  let index = from;
  for (;;) {
    while (index < to && isSpace(text[index])) {
      index++;
    }
    if (index >= to) {
      return words;
    }
    const start = index;
    const quote = text[index] === '"' || text[index] === "'" ? text[index] : undefined;
    if (quote !== undefined) {
      index++;
      while (index < to && text[index] !== quote) {
        index += text[index] === '\\' && index + 1 < to && (text[index + 1] === quote || text[index + 1] === '\\') ? 2 : 1;
      }
      const contentEnd = Math.min(index, to);
      if (index < to) {
        index++;
      }
      words.push({ value: unescape(text.slice(start + 1, contentEnd), quote), span: sourceSpan(line, start, index, 0), quoted: true });
    } else {
      while (index < to && !isSpace(text[index])) {
        index++;
      }
      words.push({ value: unescape(text.slice(start, index), undefined), span: sourceSpan(line, start, index, 0), quoted: false });
    }
  }
}
