/** Table tests for apache/icons-alias. */
import rule from '../../../../server/src/rules/apache/icons-alias';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '#Alias /icons/ "/usr/share/apache2/icons/"\n',
    'Alias /Sipmon /usr/share/Sipmon/www/\n',
    'Alias /icons-custom/ /srv/icons/\n',
  ],
  invalid: [
    {
      name: 'Debian\'s autoindex.conf',
      code: '<IfModule mod_alias.c>\n\tAlias /icons/ "/usr/share/apache2/icons/"\n</IfModule>\n',
      errors: [{ messageId: 'icons', line: 2, column: 2, endLine: 2, endColumn: 43 }],
      output: '<IfModule mod_alias.c>\n\t#Alias /icons/ "/usr/share/apache2/icons/"\n</IfModule>\n',
    },
    {
      name: 'continued on the next line: both lines are commented',
      code: 'Alias /icons \\\n    /usr/share/httpd/icons/\nServerTokens Prod\n',
      errors: [{ messageId: 'icons', line: 1, column: 1 }],
      output: '#Alias /icons \\\n#    /usr/share/httpd/icons/\nServerTokens Prod\n',
    },
  ],
});
