/** Table tests for apache/ssl-cipher-weak. */
import rule from '../../../../server/src/rules/apache/ssl-cipher-weak';
import { TLS_PROFILE_VALUES } from '../../../../server/src/formats/apache/tls';
import { testRule } from '../../../helpers/ruleTester';

const MOZILLA = TLS_PROFILE_VALUES.intermediate.cipherSuite;

testRule(rule, {
  valid: [
    `SSLCipherSuite ${MOZILLA}\n`,
    'SSLCipherSuite HIGH:!aNULL:!PSK\n',
    'SSLCipherSuite SSL ECDHE-RSA-AES128-GCM-SHA256\n',
    { name: 'TLS 1.3 suites are all strong', code: 'SSLCipherSuite TLSv1.3 TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256\n' },
    { name: 'weak families removed with !', code: 'SSLCipherSuite "ALL:!EXP:!LOW:!MEDIUM:!aNULL:!eNULL:!PSK"\n' },
  ],
  invalid: [
    {
      code: 'SSLCipherSuite RC4-SHA:AES128-SHA:DES-CBC3-SHA\n',
      errors: [{ messageId: 'weak', line: 1, column: 16, endLine: 1, endColumn: 47, data: { families: '3DES, RC4', profile: 'intermediate' } }],
      output: `SSLCipherSuite ${MOZILLA}\n`,
    },
    {
      name: 'HIGH without !aNULL lets anonymous suites through',
      code: '<VirtualHost *:443>\n  SSLCipherSuite HIGH:MEDIUM:!MD5\n</VirtualHost>\n',
      errors: [{ messageId: 'weak', line: 2, column: 18, data: { families: 'aNULL, 3DES, RC4, IDEA, SEED, PSK, MEDIUM', profile: 'intermediate' } }],
      output: `<VirtualHost *:443>\n  SSLCipherSuite ${MOZILLA}\n</VirtualHost>\n`,
    },
    {
      name: 'the protocol argument is replaced with the list, the modern profile keeps the forward-secret list',
      code: 'SSLCipherSuite SSL EXP-RC4-MD5\n',
      settings: { tlsProfile: 'modern' },
      errors: [{ messageId: 'weak', line: 1, column: 16, data: { families: 'EXPORT, RC4, MD5', profile: 'modern' } }],
      output: `SSLCipherSuite ${MOZILLA}\n`,
    },
  ],
});
