/**
 * openssl itself checks the cipher-string model of apache/ssl-cipher-weak: every weak suite OpenSSL enables for a
 * string (`openssl ciphers -v '<string>:@SECLEVEL=0'`) falls in a family the model reports.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { TLS_PROFILE_VALUES, weakCipherFamilies } from '../../../server/src/formats/apache/tls';
import { findTool } from '../../helpers/tools';
import { requireOrSkip } from '../../helpers/paths';

/** Aliases from the OpenSSL documentation, and strings met in real configurations. */
const STRINGS = [
  'ALL', 'COMPLEMENTOFALL', 'DEFAULT', 'COMPLEMENTOFDEFAULT', 'HIGH', 'MEDIUM', 'LOW', 'eNULL', 'NULL', 'aNULL',
  'kRSA', 'aRSA', 'RSA', 'kDHE', 'kEDH', 'DH', 'DHE', 'EDH', 'ADH', 'kECDHE', 'kEECDH', 'ECDH', 'ECDHE', 'EECDH', 'AECDH',
  'aDSS', 'DSS', 'aECDSA', 'ECDSA', 'TLSv1.2', 'TLSv1.0', 'TLSv1', 'SSLv3', 'AES128', 'AES256', 'AES', 'AESGCM', 'AESCCM',
  'AESCCM8', 'ARIA', 'CAMELLIA', 'CAMELLIA128', 'CAMELLIA256', 'CHACHA20', 'SHA1', 'SHA', 'SHA256', 'SHA384', 'MD5',
  'PSK', 'kPSK', 'kECDHEPSK', 'kDHEPSK', 'kRSAPSK', 'aPSK', 'SRP', 'SUITEB128',
  'HIGH:!aNULL', 'HIGH:!aNULL:!MD5', 'HIGH:!aNULL:!PSK', 'AES:!aNULL', 'kRSA:!RC4', 'kRSA:!eNULL', 'DEFAULT:!PSK',
  'TLSv1.2:!aNULL:!eNULL:!PSK', 'SHA256:!aNULL', 'ALL:!EXP:!LOW:!MEDIUM:!aNULL:!eNULL:!PSK', 'EECDH+AESGCM:EDH+AESGCM',
  'kEDH+AESGCM', 'ECDH+AESGCM:DH+AESGCM:ECDH+AES256:DH+AES256:ECDH+AES128:DH+AES:RSA+AESGCM:RSA+AES:!aNULL:!MD5:!DSS',
  'ALL:!ADH:!EXPORT:!SSLv2:RC4+RSA:+HIGH:+MEDIUM:+LOW', 'aRSA:!eNULL:-PSK', TLS_PROFILE_VALUES.intermediate.cipherSuite,
  'ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256:DHE-DSS-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA:AES256-GCM-SHA384:AES128-GCM-SHA256:!aNULL:!eNULL:!LOW:!3DES:!MD5:!EXP:!PSK:!DSS:!RC4:!SEED:!ADH:!IDEA',
];

/** The weak families of the suites `openssl ciphers -v` lists, read from its Kx, Au, Enc and Mac columns. */
function familiesListedBy(openssl: string, cipherString: string): string[] {
  const run = spawnSync(openssl, ['ciphers', '-v', `${cipherString}:@SECLEVEL=0`], { encoding: 'utf8', timeout: 10000 });
  if (run.status !== 0) {
    // "no cipher match": nothing enabled.
    return [];
  }
  const families = new Set<string>();
  for (const line of run.stdout.split('\n').filter(Boolean)) {
    const field = (name: string) => new RegExp(`\\b${name}=(\\S+)`).exec(line)?.[1] ?? '';
    const [kx, au, enc, mac] = [field('Kx'), field('Au'), field('Enc'), field('Mac')];
    const marks: [string, boolean][] = [
      ['aNULL', au === 'None'], ['NULL', enc === 'None'], ['3DES', enc.startsWith('3DES')], ['DES', enc.startsWith('DES(')],
      ['RC4', enc.startsWith('RC4')], ['MD5', mac === 'MD5'], ['IDEA', enc.startsWith('IDEA')], ['SEED', enc.startsWith('SEED')],
      ['PSK', kx.includes('PSK') || au === 'PSK'],
    ];
    marks.filter(([, present]) => present).forEach(([family]) => families.add(family));
  }
  return [...families].sort();
}

suite('real tool: openssl ciphers against the cipher-string model', function () {
  this.timeout(60000);
  const openssl = findTool('openssl');

  suiteSetup(function () {
    requireOrSkip(this, openssl !== undefined, 'openssl (Debian package openssl)');
  });

  test('the oracle sees weak suites at all (ALL and eNULL)', () => {
    assert.ok(familiesListedBy(openssl!, 'ALL').includes('aNULL'));
    assert.ok(familiesListedBy(openssl!, 'eNULL').includes('NULL'));
  });

  for (const cipherString of STRINGS) {
    test(cipherString.length > 60 ? `${cipherString.slice(0, 60)}…` : cipherString, () => {
      const reported = weakCipherFamilies(cipherString);
      const missed = familiesListedBy(openssl!, cipherString).filter((family) => !reported.includes(family));
      assert.deepEqual(missed, [], `openssl enables ${missed.join(', ')} suites the model does not report`);
    });
  }
});
