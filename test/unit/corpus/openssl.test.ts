/** The real openssl.cnf files of the shared corpus: read without an engine error, and MANIFEST.md's notable settings are found. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { lintFile } from '../../../server/src/linter';
import { corpusRoot, requireOrSkip } from '../../helpers/paths';

const dir = path.join(corpusRoot, 'openssl');

/** MANIFEST.md's notes as findings (line:rule); the 3.0-era files are stock and clean. */
const EXPECTED: Record<string, string[]> = {
  // "default_md = md5, default_bits = 1024"
  'openssl__apps_openssl__00b9c1be.cnf': ['70:openssl/weak-digest', '101:openssl/weak-key-size'],
  // "default_bits = 1024, default_md = default; TSA digests md5, sha1" (TSA digests are not default_md)
  'openssl__apps_openssl__326794e9.cnf': ['106:openssl/weak-key-size'],
  // "default_bits 2048, basicConstraints critical,CA:true"
  'openssl__apps_openssl__a5f4099d.cnf': [],
  'debian-local__etc_ssl_openssl.cnf': [],
};

suite('corpus: openssl.cnf', () => {
  suiteSetup(function () {
    requireOrSkip(this, fs.existsSync(dir), `the shared corpus (${dir})`);
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    test(`${name}: ${expected.join(', ') || 'clean'}`, () => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const result = lintFile({ path: '/etc/ssl/openssl.cnf', text, workspace: emptyWorkspace });
      assert.ok(result);
      assert.equal(result.format, 'openssl');
      assert.deepEqual(result.engineErrors, []);
      assert.deepEqual(result.findings.map((finding) => `${text.slice(0, finding.span.start).split('\n').length}:${finding.ruleId}`), expected);
    });
  }

  test('every corpus file is covered here', () => {
    assert.deepEqual(fs.readdirSync(dir).sort(), Object.keys(EXPECTED).sort());
  });
});
