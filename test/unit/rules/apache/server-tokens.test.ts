/** Table tests for apache/server-tokens. */
import rule from '../../../../server/src/rules/apache/server-tokens';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    'ServerTokens Prod\n<VirtualHost *:80>\n</VirtualHost>\n',
    'servertokens ProductOnly\nAlias /Sipmon /usr/share/Sipmon/www/\n',
    { name: 'a snippet without vhost or product alias need not set it', code: '<IfModule mod_autoindex.c>\n    IndexOptions FancyIndexing\n</IfModule>\n' },
    { name: 'set inside IfModule at server level', code: '<IfModule mod_ssl.c>\n    ServerTokens Prod\n</IfModule>\n<VirtualHost *:443>\n</VirtualHost>\n' },
  ],
  invalid: [
    {
      name: 'Debian security.conf value',
      code: 'ServerTokens OS\n',
      errors: [{ messageId: 'weak', line: 1, column: 14, endLine: 1, endColumn: 16, data: { value: 'OS' } }],
      output: 'ServerTokens Prod\n',
    },
    {
      name: 'missing in a vhost file: inserted before the first VirtualHost, after the Defines',
      code: 'Define base_uri "/Sipmon"\n\n<VirtualHost *:80>\n    Alias ${base_uri} /usr/share/Sipmon/www/\n</VirtualHost>\n',
      errors: [{ messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 19 }],
      output: 'Define base_uri "/Sipmon"\n\nServerTokens Prod\n<VirtualHost *:80>\n    Alias ${base_uri} /usr/share/Sipmon/www/\n</VirtualHost>\n',
    },
    {
      name: 'missing in a global-style product file: reported on the product Alias',
      code: 'Define x "1"\nHeader always set X-Frame-Options "SAMEORIGIN"\nAlias /Sipmon /usr/share/Sipmon/www/\n',
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
      output: 'Define x "1"\nServerTokens Prod\nHeader always set X-Frame-Options "SAMEORIGIN"\nAlias /Sipmon /usr/share/Sipmon/www/\n',
    },
    {
      name: 'a quoted Full',
      code: 'ServerTokens "Full"\r\n<VirtualHost *:80>\r\n</VirtualHost>\r\n',
      errors: [{ messageId: 'weak', line: 1, column: 14, endColumn: 20 }],
      output: 'ServerTokens Prod\r\n<VirtualHost *:80>\r\n</VirtualHost>\r\n',
    },
  ],
});
