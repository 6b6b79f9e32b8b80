/** Table tests for apache/x-frame-options-missing. */
import rule from '../../../../server/src/rules/apache/x-frame-options-missing';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '<VirtualHost *:443>\n    Header always set X-Frame-Options "SAMEORIGIN"\n    Alias /Sipmon /usr/share/Sipmon/www/\n</VirtualHost>\n',
    { name: 'the shipped spelling with a colon, at server level', code: 'Header set X-Frame-Options: "sameorigin"\n<VirtualHost *:80>\n    DocumentRoot /var/www\n</VirtualHost>\n' },
    { name: 'CSP frame-ancestors', code: '<VirtualHost *:80>\n    Header always set Content-Security-Policy "frame-ancestors \'self\'"\n    DocumentRoot /var/www\n</VirtualHost>\n' },
    { name: 'a redirect-only vhost serves no page', code: '<VirtualHost *:80>\n    RewriteEngine On\n    RewriteRule (.*) https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]\n    DocumentRoot /var/www\n</VirtualHost>\n' },
    { name: 'a websocket proxy serves no page', code: '<VirtualHost *:8086>\n    ProxyPass "/" "ws://127.0.0.1:8087/"\n</VirtualHost>\n' },
    { name: 'a snippet without vhost or product alias', code: 'Alias /doc /usr/share/doc\n' },
  ],
  invalid: [
    {
      code: '<VirtualHost *:443>\n    SSLEngine On\n    Alias /Sipmon /usr/share/Sipmon/www/\n</VirtualHost>\n',
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 20 }],
      output: '<VirtualHost *:443>\n    SSLEngine On\n    Alias /Sipmon /usr/share/Sipmon/www/\n    Header always set X-Frame-Options "SAMEORIGIN"\n</VirtualHost>\n',
    },
    {
      name: 'a CSP without frame-ancestors does not count',
      code: '<VirtualHost *:80>\n    Header set Content-Security-Policy "default-src \'self\'"\n    DocumentRoot /var/www\n</VirtualHost>\n',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
      output: '<VirtualHost *:80>\n    Header set Content-Security-Policy "default-src \'self\'"\n    DocumentRoot /var/www\n    Header always set X-Frame-Options "SAMEORIGIN"\n</VirtualHost>\n',
    },
    {
      name: 'a global-style product file',
      code: 'ServerTokens Prod\nAlias /Sipmon /usr/share/Sipmon/www/\n',
      errors: [{ messageId: 'missing', line: 2, column: 1 }],
      output: 'Header always set X-Frame-Options "SAMEORIGIN"\nServerTokens Prod\nAlias /Sipmon /usr/share/Sipmon/www/\n',
    },
  ],
});
