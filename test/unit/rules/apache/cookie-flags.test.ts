/** Table tests for apache/cookie-flags. */
import rule from '../../../../server/src/rules/apache/cookie-flags';
import { testRule } from '../../../helpers/ruleTester';

const OPEN = '<VirtualHost *:443>\n    SSLEngine On\n';

testRule(rule, {
  valid: [
    `${OPEN}    Header always edit Set-Cookie ^(.*)$ $1;HttpOnly;Secure;SameSite=Strict\n</VirtualHost>\n`,
    { name: 'at server level, as the guide writes it', code: `Header always edit Set-Cookie ^(.*)$ $1;HttpOnly;Secure;SameSite=Strict\n${OPEN}</VirtualHost>\n` },
    { name: 'flags spread over two lines, quoted with spaces', code: `Header edit Set-Cookie ^(.*)$ "$1; HttpOnly"\n${OPEN}    Header always edit* Set-Cookie: ^(.*)$ "$1; secure"\n</VirtualHost>\n` },
    { name: 'HTTP-only vhosts are not checked', code: '<VirtualHost *:80>\n    Header always edit Set-Cookie ^(.*)$ $1;HttpOnly\n</VirtualHost>\n' },
  ],
  invalid: [
    {
      name: 'the shipped line lacks Secure',
      code: `${OPEN}    Header always edit Set-Cookie ^(.*)$ $1;HttpOnly;SameSite=Strict\n</VirtualHost>\n`,
      errors: [{ messageId: 'incomplete', line: 3, column: 42, endLine: 3, endColumn: 69, data: { flags: 'Secure', hardened: 'Header always edit Set-Cookie ^(.*)$ $1;HttpOnly;Secure;SameSite=Strict' } }],
      output: `${OPEN}    Header always edit Set-Cookie ^(.*)$ $1;HttpOnly;Secure;SameSite=Strict\n</VirtualHost>\n`,
    },
    {
      name: 'a server-level line shared by two vhosts is reported once',
      code: `Header always edit Set-Cookie ^(.*)$ $1;SameSite=Strict\n${OPEN}</VirtualHost>\n<VirtualHost *:8443>\n    SSLEngine On\n</VirtualHost>\n`,
      errors: [{ messageId: 'incomplete', line: 1, column: 38, data: { flags: 'HttpOnly and Secure', hardened: 'Header always edit Set-Cookie ^(.*)$ $1;HttpOnly;Secure;SameSite=Strict' } }],
      output: `Header always edit Set-Cookie ^(.*)$ $1;HttpOnly;Secure;SameSite=Strict\n${OPEN}</VirtualHost>\n<VirtualHost *:8443>\n    SSLEngine On\n</VirtualHost>\n`,
    },
    {
      name: 'no cookie line: added at the end of the vhost',
      code: `${OPEN}</VirtualHost>\n`,
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 20 }],
      output: `${OPEN}    Header always edit Set-Cookie ^(.*)$ $1;HttpOnly;Secure;SameSite=Strict\n</VirtualHost>\n`,
    },
  ],
});
