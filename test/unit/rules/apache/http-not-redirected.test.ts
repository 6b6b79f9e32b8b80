/** Table tests for apache/http-not-redirected. */
import rule from '../../../../server/src/rules/apache/http-not-redirected';
import { testRule } from '../../../helpers/ruleTester';

const TLS = '<VirtualHost *:443>\n    SSLEngine On\n    Alias /Sipmon /usr/share/Sipmon/www/\n</VirtualHost>\n';

testRule(rule, {
  valid: [
    `<VirtualHost *:80>\n    RewriteEngine On\n    RewriteCond %{HTTPS} off\n    RewriteRule (.*) https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]\n</VirtualHost>\n${TLS}`,
    { name: 'the guide\'s redirect without flags still redirects everything', code: `<VirtualHost *:80>\n    RewriteEngine On\n    RewriteRule ^(.*)$ https://%{HTTP_HOST}$1\n    DocumentRoot /var/www/html\n</VirtualHost>\n${TLS}` },
    { name: 'Redirect of /', code: `<VirtualHost *:80>\n    ServerName a\n    DocumentRoot /var/www\n    Redirect permanent / https://a/\n</VirtualHost>\n${TLS}` },
    { name: 'an HTTP vhost with no content', code: `<VirtualHost *:80>\n    ServerName a\n</VirtualHost>\n${TLS}` },
    { name: 'the product in a TLS-only file', code: TLS },
    { name: 'a non-product HTTP-only site is not this rule\'s business', code: '<VirtualHost *:80>\n    DocumentRoot /var/www/html\n</VirtualHost>\n' },
    { name: 'global-style product file whose main server speaks TLS', code: 'SSLEngine on\nAlias /Sipmon /usr/share/Sipmon/www/\n' },
  ],
  invalid: [
    {
      name: 'a port-80 vhost serving the product next to an HTTPS vhost',
      code: `<VirtualHost *:80>\n    Alias /Sipmon /usr/share/Sipmon/www/\n</VirtualHost>\n${TLS}`,
      errors: [{ messageId: 'servesContent', line: 1, column: 1, endLine: 1, endColumn: 19, data: { directive: 'Alias' } }],
      output: `<VirtualHost *:80>\n    RewriteEngine On\n    RewriteCond %{HTTPS} off\n    RewriteRule (.*) https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]\n    Alias /Sipmon /usr/share/Sipmon/www/\n</VirtualHost>\n${TLS}`,
    },
    {
      name: 'a rewrite of one path only is no redirect',
      code: `<VirtualHost *:80>\n\tRewriteEngine On\n\tRewriteRule ^/Sipmon/(.*)$ https://%{HTTP_HOST}/Sipmon/$1 [R=301,L]\n\tProxyPass /api http://127.0.0.1:8080/\n</VirtualHost>\n${TLS}`,
      errors: [{ messageId: 'servesContent', line: 1, column: 1, data: { directive: 'ProxyPass' } }],
      output: `<VirtualHost *:80>\n\tRewriteEngine On\n\tRewriteCond %{HTTPS} off\n\tRewriteRule (.*) https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]\n\tRewriteEngine On\n\tRewriteRule ^/Sipmon/(.*)$ https://%{HTTP_HOST}/Sipmon/$1 [R=301,L]\n\tProxyPass /api http://127.0.0.1:8080/\n</VirtualHost>\n${TLS}`,
    },
    {
      name: 'the shipped HTTP-only vhost',
      code: 'Define base_uri "/Sipmon"\n<VirtualHost *:80>\n    Alias ${base_uri} /usr/share/Sipmon/www/\n</VirtualHost>\n',
      errors: [{ messageId: 'httpOnly', line: 2, column: 1, endLine: 2, endColumn: 19 }],
    },
    {
      name: 'a global-style product file without TLS',
      code: 'Alias /Sipmon /usr/share/Sipmon/www/\n',
      errors: [{ messageId: 'httpOnly', line: 1, column: 1, endColumn: 37 }],
    },
  ],
});
