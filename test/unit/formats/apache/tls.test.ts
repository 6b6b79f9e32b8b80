/** mod_ssl semantics: which protocols SSLProtocol enables, which weak families a cipher string lets through. */
import * as assert from 'node:assert/strict';
import { enabledProtocols, TLS_PROFILE_VALUES, weakCipherFamilies } from '../../../../server/src/formats/apache/tls';

function protocols(line: string): string[] {
  return [...enabledProtocols(line.split(' '))].sort();
}

suite('apache TLS semantics', () => {
  test('SSLProtocol: all, +/-, bare names replacing, case-insensitive', () => {
    assert.deepEqual(protocols('All -SSLv3 -SSLv2 -TLSv1 -TLSv1.1'), ['TLSv1.2', 'TLSv1.3']);
    assert.deepEqual(protocols('all -SSLv3'), ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    assert.deepEqual(protocols('-all +TLSv1.2 +tlsv1.3'), ['TLSv1.2', 'TLSv1.3']);
    assert.deepEqual(protocols('TLSv1.2 TLSv1.3'), ['TLSv1.3']);
    assert.deepEqual(protocols('+TLSv1 +TLSv1.2'), ['TLSv1', 'TLSv1.2']);
    assert.deepEqual(protocols('ALL'), ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    assert.deepEqual(protocols('+SSLv2 nonsense'), ['SSLv2']);
  });

  test('weak families: named ones, suite names, aliases, exclusions', () => {
    assert.deepEqual(weakCipherFamilies(TLS_PROFILE_VALUES.intermediate.cipherSuite), []);
    assert.deepEqual(weakCipherFamilies('HIGH:!aNULL:!PSK'), []);
    assert.deepEqual(weakCipherFamilies('HIGH:!aNULL'), ['PSK']);
    assert.deepEqual(weakCipherFamilies('HIGH:MEDIUM:!aNULL:!MD5:!RC4'), ['3DES', 'IDEA', 'SEED', 'PSK', 'MEDIUM']);
    assert.deepEqual(weakCipherFamilies('ALL:!LOW:!MEDIUM:!aNULL:!eNULL:!PSK'), ['EXPORT']);
    assert.deepEqual(weakCipherFamilies('ALL:!EXP:!LOW:!MEDIUM:!aNULL:!eNULL:!PSK'), []);
    assert.deepEqual(weakCipherFamilies('RC4-SHA:DES-CBC3-SHA:ADH-AES256-SHA:EXP-RC4-MD5:NULL-SHA:DES-CBC-SHA:IDEA-CBC-SHA:SEED-SHA:PSK-AES128-CBC-SHA'),
      ['NULL', 'aNULL', 'EXPORT', 'DES', '3DES', 'RC4', 'MD5', 'IDEA', 'SEED', 'PSK']);
    assert.deepEqual(weakCipherFamilies('EECDH+AESGCM:EDH+AESGCM:RSA+3DES'), ['3DES']);
    assert.deepEqual(weakCipherFamilies('ECDHE-RSA-AES128-GCM-SHA256:!RC4:-3DES:+AES256'), []);
    assert.deepEqual(weakCipherFamilies('eNULL'), ['NULL', 'aNULL', 'MD5', 'PSK']);
    assert.deepEqual(weakCipherFamilies('LOW'), ['DES', 'LOW']);
  });

  test('the product\'s shipped cipher list enables none of the named families', () => {
    const shipped = 'ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-DSS-AES256-GCM-SHA384:DHE-DSS-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-SHA:ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-GCM-SHA256:!aNULL:!eNULL:!LOW:!3DES:!MD5:!EXP:!PSK:!DSS:!RC4:!SEED:!ADH:!IDEA';
    assert.deepEqual(weakCipherFamilies(shipped), []);
  });
});
