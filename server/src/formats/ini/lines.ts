/** Line boundaries and whitespace by character code: what both INI dialects read a text by. */

/** Whether a UTF-16 code unit is whitespace as `/\s/` and `String.prototype.trim` see it; a regular expression per character made parsing slow. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) {
    return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  }
  if (code < 0xa0) {
    return false;
  }
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The offset of the line break (`\r` or `\n`) at or after `from`, or the text's length. */
export function lineEndAt(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === 10 || code === 13) {
      break;
    }
    end++;
  }
  return end;
}

/** The offset where the line after the one ending at `end` starts (`\r\n`, `\r` and `\n` are line breaks). */
export function nextLineStart(text: string, end: number): number {
  return end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
}

/** Offsets of the first and past-the-last non-whitespace characters of `text.slice(from, to)`. */
export function trimmedRange(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && isSpaceCode(text.charCodeAt(start))) {
    start++;
  }
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) {
    end--;
  }
  return { start, end };
}
