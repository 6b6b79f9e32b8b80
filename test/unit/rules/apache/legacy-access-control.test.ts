/** Table tests for apache/legacy-access-control: Order/Allow/Deny and their Require equivalent. */
import rule from '../../../../server/src/rules/apache/legacy-access-control';
import { testRule } from '../../../helpers/ruleTester';

const dir = (body: string) => `<Directory "/usr/share/Sipmon/www">\n${body}</Directory>\n`;

testRule(rule, {
  valid: [dir('    Require all granted\n'), 'Require ip 127.0.0.1\n', dir('    AllowOverride None\n')],
  invalid: [
    {
      name: 'Allow from all',
      code: dir('    Options -Indexes\n    Order allow,deny\n    Allow from all\n'),
      errors: [{ messageId: 'legacy', line: 3, column: 5, endLine: 4, endColumn: 19, data: { directives: 'Order/Allow', equivalent: 'Require all granted' } }],
      output: dir('    Options -Indexes\n    Require all granted\n'),
    },
    {
      name: 'beside Require, as in the old product vhost: the 2.2 lines go',
      code: dir('    Order allow,deny\n    Allow from all\n    Require all granted\n'),
      errors: [{ messageId: 'legacy', line: 2, column: 5, data: { directives: 'Order/Allow', equivalent: 'Require all granted' } }],
      output: dir('    Require all granted\n'),
    },
    {
      name: 'deny by default, allow a network and a host',
      code: '<Location "/server-status">\n  Order deny,allow\n  Deny from all\n  Allow from 127.0.0.1 10.0.0.0/8 admin.example.org\n</Location>\n',
      errors: [{ messageId: 'legacy', line: 2, column: 3, endLine: 4, data: { directives: 'Order/Deny/Allow', equivalent: 'Require ip 127.0.0.1 10.0.0.0/8 / Require host admin.example.org' } }],
      output: '<Location "/server-status">\n  Require ip 127.0.0.1 10.0.0.0/8\n  Require host admin.example.org\n</Location>\n',
    },
    {
      name: 'a lone Allow line; other directives between the 2.2 lines stay',
      code: dir('    Allow from 192.0.2.0/24\n    Options None\n    Order allow,deny\n'),
      errors: [{ messageId: 'legacy', line: 2, column: 5, endLine: 4, data: { directives: 'Allow/Order', equivalent: 'Require ip 192.0.2.0/24' } }],
      output: dir('    Require ip 192.0.2.0/24\n    Options None\n'),
    },
    {
      name: 'Deny from all',
      code: '<Files ".ht*">\n    Order deny,allow\n    Deny from all\n</Files>\n',
      errors: [{ messageId: 'legacy', line: 2, column: 5, data: { directives: 'Order/Deny', equivalent: 'Require all denied' } }],
      output: '<Files ".ht*">\n    Require all denied\n</Files>\n',
    },
    {
      name: 'specific Deny hosts under a default allow: no plain Require list says that',
      code: dir('    Order allow,deny\n    Allow from all\n    Deny from 192.0.2.1\n'),
      errors: [{ messageId: 'noEquivalent', line: 2, column: 5, endLine: 4, endColumn: 24, data: { directives: 'Order/Allow/Deny' } }],
    },
  ],
});
