/** Table tests for apache/hsts-missing. */
import rule from '../../../../server/src/rules/apache/hsts-missing';
import { testRule } from '../../../helpers/ruleTester';

const OPEN = '<VirtualHost *:443>\n    SSLEngine On\n';

testRule(rule, {
  valid: [
    `${OPEN}    Header always set Strict-Transport-Security "max-age=63072000"\n</VirtualHost>\n`,
    { name: 'the guide\'s one year, at server level', code: `Header always set Strict-Transport-Security "max-age=31536000; includeSubDomains"\n${OPEN}</VirtualHost>\n` },
    { name: 'HTTP vhosts send no HSTS', code: '<VirtualHost *:80>\n    ServerName a\n</VirtualHost>\n' },
    { name: 'SSLEngine inherited from the server level, header set', code: 'SSLEngine on\n<VirtualHost *:443>\n    Header set Strict-Transport-Security: max-age=63072000\n</VirtualHost>\n' },
  ],
  invalid: [
    {
      code: `${OPEN}</VirtualHost>\n`,
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 20, data: { hardened: 'Header always set Strict-Transport-Security "max-age=63072000"' } }],
      output: `${OPEN}    Header always set Strict-Transport-Security "max-age=63072000"\n</VirtualHost>\n`,
    },
    {
      name: 'six months: only the number changes',
      code: `${OPEN}    Header always set Strict-Transport-Security "max-age=15552000; includeSubDomains"\n</VirtualHost>\n`,
      errors: [{ messageId: 'short', line: 3, column: 49, endColumn: 86, data: { maxAge: '15552000', seconds: 63072000 } }],
      output: `${OPEN}    Header always set Strict-Transport-Security "max-age=63072000; includeSubDomains"\n</VirtualHost>\n`,
    },
    {
      name: 'no max-age at all',
      code: `${OPEN}    Header set Strict-Transport-Security includeSubDomains\n</VirtualHost>\n`,
      errors: [{ messageId: 'noMaxAge', line: 3, column: 42, data: { seconds: 63072000 } }],
      output: `${OPEN}    Header set Strict-Transport-Security "max-age=63072000"\n</VirtualHost>\n`,
    },
  ],
});
