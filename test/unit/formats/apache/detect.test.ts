/** Apache detection: the paths claim a file outright; elsewhere only httpd content is claimed, never every *.conf. */
import * as assert from 'node:assert/strict';
import { emptyConfig } from '../../../../server/src/core/config';
import { detectFormat } from '../../../../server/src/core/detect';
import { formats } from '../../../../server/src/formats';

function detected(path: string | undefined, text: string, languageId?: string): string | undefined {
  return detectFormat({ path, text, languageId }, formats, emptyConfig)?.format.id;
}

const VHOST = '<VirtualHost *:80>\n    Alias /Sipmon /usr/share/Sipmon/www/\n</VirtualHost>\n';

suite('apache detection', () => {
  test('claims the issue\'s paths whatever they hold', () => {
    for (const path of [
      '/etc/httpd/conf.d/10-Sipmon.conf',
      '/etc/httpd/conf/httpd.conf',
      '/opt/rh/httpd24/root/etc/httpd/conf.d/10-Sipmon.conf',
      '/etc/apache2/sites-available/Sipmon.conf',
      '/etc/apache2/sites-enabled/000-default.conf',
      '/etc/apache2/conf-available/security.conf',
      '/etc/apache2/mods-enabled/autoindex.conf',
      '/etc/apache2/apache2.conf',
      '/srv/docker/httpd.conf',
      '/usr/share/Sipmon/examples/Sipmon.apache.https.conf',
    ]) {
      assert.equal(detected(path, ''), 'apache', path);
    }
  });

  test('claims other files by httpd content: the product\'s *Sipmon*.conf, a vhost anywhere, .htaccess', () => {
    assert.equal(detected('/usr/share/Sipmon/examples/Sipmon-apache-https.conf', VHOST), 'apache');
    assert.equal(detected('/home/me/repo/packaging/src/vhost.conf', 'Define base_uri "/Sipmon"\nServerTokens Prod\n'), 'apache');
    assert.equal(detected('/var/www/html/.htaccess', 'Options -Indexes\n'), 'apache');
    assert.equal(detected(undefined, VHOST, 'apacheconf'), 'apache');
  });

  test('never claims a .conf that is not httpd\'s', () => {
    const others: Record<string, string> = {
      '/etc/sysctl.d/99.conf': 'net.ipv4.ip_forward = 1\n',
      '/etc/resolv.conf': 'nameserver 127.0.0.53\noptions edns0\n',
      '/etc/app/Sipmon-notes.conf': 'Listen: 80\nOptions = all\n',
      '/etc/security/limits.conf': '* soft nofile 4096\n',
      '/etc/ld.so.conf': 'include /etc/ld.so.conf.d/*.conf\n',
    };
    for (const [path, text] of Object.entries(others)) {
      assert.equal(detected(path, text), undefined, path);
    }
    // A jail is another format's file, never Apache's.
    assert.equal(detected('/etc/fail2ban/custom/jail.conf', '[Sipmon]\nenabled = true\nport = http,https\n'), 'fail2ban');
    assert.equal(detected('/srv/site/vhost.txt', VHOST), undefined);
    assert.equal(detected(undefined, 'key = value\n', 'apacheconf'), undefined);
  });
});
