/** Finding the documented Gorgone key under the cursor, with its section. */
import * as assert from 'node:assert/strict';
import { gorgoneKeyAt } from '../../../../server/src/formats/gorgone/keyDocs';
import { parseGorgone } from '../../../../server/src/formats/gorgone/model';

const TEXT = `configuration:
  gorgone:
    gorgonecore:
      internal_com_crypt: false
    modules:
      - name: api
        package: "gorgone::modules::core::httpserver::hooks"
        enable: true
        auth:
          enabled: false
      - { name: action, package: gorgone::modules::core::action::hooks, enable: true, whitelist_cmds: false }
      - name: proxy
        package: gorgone::modules::core::proxy::hooks
        httpserver: { enable: true, ssl: false, token: secret_token }
      - name: mystery
        ssl: true
`;

/** The key at the n-th occurrence of `needle` in TEXT (offset inside the key). */
function at(needle: string, occurrence = 1): ReturnType<typeof gorgoneKeyAt> {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = TEXT.indexOf(needle, offset + 1);
  }
  assert.ok(offset >= 0, needle);
  return gorgoneKeyAt(parseGorgone(TEXT).model, offset + 1);
}

suite('gorgone key docs', () => {
  test('a gorgonecore key, below configuration:', () => {
    const hit = at('internal_com_crypt');
    assert.equal(hit?.path, 'internal_com_crypt');
    assert.equal(hit?.section, 'gorgonecore');
    assert.match(hit?.doc.summary ?? '', /internal ZMQ bus/);
    assert.deepEqual(hit?.keySpan, { start: TEXT.indexOf('internal_com_crypt'), end: TEXT.indexOf('internal_com_crypt') + 'internal_com_crypt'.length });
  });

  test('a nested key of a module is documented by its path, the module known by its package', () => {
    const hit = at('enabled');
    assert.equal(hit?.path, 'auth.enabled');
    assert.equal(hit?.section, 'httpserver module');
    assert.equal(hit?.doc.secureValue, '`true`');
  });

  test('keys every module has', () => {
    assert.equal(at('enable:')?.path, 'enable');
    assert.equal(at('package')?.section, 'httpserver module');
    assert.equal(at('name', 2)?.section, 'action module');
  });

  test('a flow-style module and a sub-map of the proxy module', () => {
    assert.equal(at('whitelist_cmds')?.section, 'action module');
    const ssl = at('ssl');
    assert.equal(ssl?.path, 'httpserver.ssl');
    assert.equal(ssl?.section, 'proxy module');
    assert.equal(at('token')?.path, 'httpserver.token');
  });

  test('no hit on values, on undocumented keys, or on keys of an unknown module', () => {
    assert.equal(at('false'), undefined);
    assert.equal(at('gorgone:'), undefined);
    assert.equal(at('ssl: true'), undefined);
    assert.equal(gorgoneKeyAt(parseGorgone('').model, 0), undefined);
  });
});
