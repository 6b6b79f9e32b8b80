/** Table tests for apache/trace-enable. */
import rule from '../../../../server/src/rules/apache/trace-enable';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    'TraceEnable Off\n<VirtualHost *:80>\n</VirtualHost>\n',
    { name: 'Off in every vhost', code: '<VirtualHost *:80>\n    TraceEnable off\n</VirtualHost>\n<VirtualHost *:443>\n    TraceEnable Off\n</VirtualHost>\n' },
    { name: 'a redirect-only vhost redirects TRACE too', code: '<VirtualHost *:80>\n    RewriteEngine On\n    RewriteRule (.*) https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]\n</VirtualHost>\n<VirtualHost *:443>\n    TraceEnable Off\n</VirtualHost>\n' },
    { name: 'a small snippet is not blamed', code: '<IfModule mod_alias.c>\n    Alias /doc /usr/share/doc\n</IfModule>\n' },
  ],
  invalid: [
    {
      code: 'TraceEnable On\n',
      errors: [{ messageId: 'enabled', line: 1, column: 13, endColumn: 15, data: { value: 'On' } }],
      output: 'TraceEnable Off\n',
    },
    {
      name: 'extended inside a vhost',
      code: 'TraceEnable Off\n<VirtualHost *:80>\n  TraceEnable extended\n</VirtualHost>\n',
      errors: [{ messageId: 'enabled', line: 3, column: 15, data: { value: 'extended' } }],
      output: 'TraceEnable Off\n<VirtualHost *:80>\n  TraceEnable Off\n</VirtualHost>\n',
    },
    {
      name: 'missing in the vhost that lacks it; one server-level line fixes both',
      code: '<VirtualHost *:80>\n</VirtualHost>\n<VirtualHost *:443>\n    TraceEnable Off\n</VirtualHost>\n',
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 19 }],
      output: 'TraceEnable Off\n<VirtualHost *:80>\n</VirtualHost>\n<VirtualHost *:443>\n    TraceEnable Off\n</VirtualHost>\n',
    },
    {
      name: 'missing in a global-style product file',
      code: 'Alias /Sipmon /usr/share/Sipmon/www/\n',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
      output: 'TraceEnable Off\nAlias /Sipmon /usr/share/Sipmon/www/\n',
    },
  ],
});
