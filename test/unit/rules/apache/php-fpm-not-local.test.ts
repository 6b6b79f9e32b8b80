/** Table tests for apache/php-fpm-not-local. */
import rule from '../../../../server/src/rules/apache/php-fpm-not-local';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    'ProxyPassMatch "fcgi://127.0.0.1:9042/usr/share/Sipmon/www/$1"\n',
    'ProxyPassMatch ^/(.*\\.php)$ fcgi://localhost:9000/var/www/$1\n',
    'SetHandler "proxy:unix:/run/php/php8.2-fpm.sock|fcgi://localhost"\n',
    'ProxyPass /api http://10.0.0.5:8080/\n',
    'ProxyPass / fcgi://[::1]:9000/\n',
  ],
  invalid: [
    {
      name: 'the docker service name',
      code: 'Define install_dir "/var/www/html/Sipmon"\nProxyPassMatch "fcgi://php-fpm:9000${install_dir}/www/$1"\n',
      errors: [{ messageId: 'remote', line: 2, column: 16, endLine: 2, endColumn: 58, data: { host: 'php-fpm' } }],
      output: 'Define install_dir "/var/www/html/Sipmon"\nProxyPassMatch "fcgi://127.0.0.1:9000${install_dir}/www/$1"\n',
    },
    {
      name: 'SetHandler to another host',
      code: '<FilesMatch \\.php$>\n    SetHandler "proxy:fcgi://10.1.2.3:9042"\n</FilesMatch>\n',
      errors: [{ messageId: 'remote', line: 2, column: 16, data: { host: '10.1.2.3' } }],
      output: '<FilesMatch \\.php$>\n    SetHandler "proxy:fcgi://127.0.0.1:9042"\n</FilesMatch>\n',
    },
    {
      name: 'a host from a variable is reported but not rewritten',
      code: 'Define fpm "fcgi://fpm.example.org:9000"\nProxyPass / ${fpm}/\n',
      errors: [{ messageId: 'remote', line: 2, column: 13, data: { host: 'fpm.example.org' } }],
    },
  ],
});
