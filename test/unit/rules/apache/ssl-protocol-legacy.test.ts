/** Table tests for apache/ssl-protocol-legacy, with both TLS profiles. */
import rule from '../../../../server/src/rules/apache/ssl-protocol-legacy';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    'SSLProtocol -all +TLSv1.2 +TLSv1.3\n',
    'SSLProtocol All -SSLv3 -SSLv2 -TLSv1 -TLSv1.1\n',
    'SSLProtocol TLSv1.2\n',
    { name: 'modern: TLS 1.3 only', code: 'SSLProtocol -all +TLSv1.3\n', settings: { tlsProfile: 'modern' } },
  ],
  invalid: [
    {
      name: 'all -SSLv3 still enables TLSv1 and TLSv1.1',
      code: '<VirtualHost *:443>\n    SSLProtocol all -SSLv3\n</VirtualHost>\n',
      errors: [{ messageId: 'legacy', line: 2, column: 17, endLine: 2, endColumn: 27, data: { protocols: 'TLSv1, TLSv1.1', profile: 'intermediate', hardened: '-all +TLSv1.2 +TLSv1.3' } }],
      output: '<VirtualHost *:443>\n    SSLProtocol -all +TLSv1.2 +TLSv1.3\n</VirtualHost>\n',
    },
    {
      code: 'SSLProtocol +TLSv1.2 +TLSv1\n',
      errors: [{ messageId: 'legacy', line: 1, column: 13, data: { protocols: 'TLSv1', profile: 'intermediate', hardened: '-all +TLSv1.2 +TLSv1.3' } }],
      output: 'SSLProtocol -all +TLSv1.2 +TLSv1.3\n',
    },
    {
      name: 'ALL alone',
      code: 'SSLProtocol ALL\n',
      errors: [{ messageId: 'legacy', line: 1, column: 13, data: { protocols: 'SSLv3, TLSv1, TLSv1.1', profile: 'intermediate', hardened: '-all +TLSv1.2 +TLSv1.3' } }],
      output: 'SSLProtocol -all +TLSv1.2 +TLSv1.3\n',
    },
    {
      name: 'modern: TLS 1.2 is no longer allowed',
      code: 'SSLProtocol -all +TLSv1.2 +TLSv1.3\n',
      settings: { tlsProfile: 'modern' },
      errors: [{ messageId: 'legacy', line: 1, column: 13, data: { protocols: 'TLSv1.2', profile: 'modern', hardened: '-all +TLSv1.3' } }],
      output: 'SSLProtocol -all +TLSv1.3\n',
    },
  ],
});
