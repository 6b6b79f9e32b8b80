/** The INI readers' character and line helpers agree with the JavaScript definitions they replace. */
import * as assert from 'node:assert/strict';
import { isSpaceCode, lineEndAt, nextLineStart, trimmedRange } from '../../../../server/src/formats/ini/lines';

suite('INI line helpers', () => {
  test('isSpaceCode is /\\s/ for every UTF-16 code unit', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) {
        differing.push(code);
      }
    }
    assert.deepEqual(differing, []);
  });

  test('lines break at \\r\\n, \\r and \\n, as String.split(/\\r\\n|\\r|\\n/) does', () => {
    const text = 'a\r\nbb\rccc\n\ndddd';
    const lines: string[] = [];
    for (let start = 0, end = 0; start < text.length; start = nextLineStart(text, end)) {
      end = lineEndAt(text, start);
      lines.push(text.slice(start, end));
    }
    assert.deepEqual(lines, text.split(/\r\n|\r|\n/));
  });

  test('trimmedRange is trim() by offsets', () => {
    const text = 'x\u00a0\t key = value \u3000\ufeffy';
    const range = trimmedRange(text, 1, text.length - 1);
    assert.equal(text.slice(range.start, range.end), text.slice(1, -1).trim());
  });
});
