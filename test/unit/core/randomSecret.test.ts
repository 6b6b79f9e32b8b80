/** The secrets fixes generate: 32 characters that need no quoting, never the same twice (across refills of the byte pool). */
import * as assert from 'node:assert/strict';
import { randomSecret } from '../../../server/src/core/engine';

suite('randomSecret', () => {
  test('gives 32 unquoted letters and digits, a different secret each time', () => {
    const secrets = Array.from({ length: 1000 }, randomSecret);
    for (const secret of secrets) {
      assert.match(secret, /^[A-HJ-NP-Za-km-z2-9]{32}$/);
    }
    assert.equal(new Set(secrets).size, secrets.length);
  });

  test('uses the whole alphabet', () => {
    const seen = new Set(Array.from({ length: 200 }, randomSecret).join(''));
    assert.equal(seen.size, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'.length);
  });
});
