/** The YAML parse runs with a plain copy of the environment: same values inside, the real object back afterwards. */
import * as assert from 'node:assert/strict';
import { withPlainEnvironment } from '../../../server/src/formats/yaml/plainEnvironment';

suite('withPlainEnvironment', () => {
  test('the work sees every variable with its value, and the real process.env is back afterwards', () => {
    const real = process.env;
    const seen = withPlainEnvironment(() => ({ copy: process.env, entries: { ...process.env } }));
    assert.notEqual(seen.copy, real);
    assert.deepEqual(seen.entries, { ...real });
    assert.equal(process.env, real);
  });

  test('the real process.env is back after the work throws', () => {
    const real = process.env;
    assert.throws(() => withPlainEnvironment(() => {
      throw new Error('parser crash');
    }), /parser crash/);
    assert.equal(process.env, real);
  });
});
