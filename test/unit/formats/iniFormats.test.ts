/** fail2ban and openssl.cnf detection and hovers. */
import * as assert from 'node:assert/strict';
import { emptyConfig } from '../../../server/src/core/config';
import { detectFormat } from '../../../server/src/core/detect';
import { formats } from '../../../server/src/formats';
import { fail2banFormat } from '../../../server/src/formats/fail2ban/format';
import { opensslFormat } from '../../../server/src/formats/openssl/format';

function detected(path: string | undefined, text: string, languageId?: string): string | undefined {
  return detectFormat({ path, text, languageId }, formats, emptyConfig)?.format.id;
}

const JAIL = '[Sipmon]\nenabled = true\n';
const CNF = '[ req ]\ndefault_bits = 2048\n';

suite('fail2ban and openssl.cnf detection', () => {
  test('jail files by path, whatever their content', () => {
    for (const path of ['/etc/fail2ban/jail.conf', '/etc/fail2ban/jail.local', '/etc/fail2ban/jail.d/custom.conf', '/etc/fail2ban/jail.d/Sipmon.local']) {
      assert.equal(detected(path, '# empty\n'), 'fail2ban', path);
    }
  });

  test('jail files elsewhere by content; filters, actions and other INI files are not jails', () => {
    assert.equal(detected('/home/me/backup/jail.local', JAIL), 'fail2ban');
    assert.equal(detected('/srv/conf/sipmon-jail.conf', JAIL), 'fail2ban');
    assert.equal(detected('/etc/fail2ban/filter.d/Sipmon.conf', '[Definition]\nfailregex = ^<HOST>\n'), undefined);
    assert.equal(detected('/etc/fail2ban/jail.d/notes.txt', JAIL), undefined);
    assert.equal(detected('/etc/php.d/50-Sipmon.ini', '[PHP]\nexpose_php = Off\n'), undefined);
    assert.equal(detected('/etc/app/local.local', '<VirtualHost *:80>\nenabled = 1\n[x]\n'), undefined);
    assert.equal(detected(undefined, JAIL, 'fail2ban'), 'fail2ban');
  });

  test('openssl.cnf by name and folder, other *.cnf by content', () => {
    assert.equal(detected('/etc/ssl/openssl.cnf', ''), 'openssl');
    assert.equal(detected('/etc/pki/tls/openssl.cnf', ''), 'openssl');
    assert.equal(detected('/etc/ssl/Sipmon-ext.cnf', ''), 'openssl');
    assert.equal(detected('/home/me/certs/server.cnf', CNF), 'openssl');
    assert.equal(detected('/etc/mysql/my.cnf', '[mysqld]\nbind-address = 127.0.0.1\n'), undefined);
    assert.equal(detected(undefined, CNF, 'opensslcnf'), 'openssl');
  });
});

suite('fail2ban and openssl.cnf hovers', () => {
  test('fail2ban options and sections', () => {
    const text = '[Sipmon]\nbantime = 10\nunknown = 1\n';
    const model = fail2banFormat.parse(text).model;
    assert.match(fail2banFormat.describeAt?.(model, text.indexOf('bantime') + 2)?.markdown ?? '', /^\*\*bantime\*\*.*10 seconds/);
    assert.match(fail2banFormat.describeAt?.(model, 2)?.markdown ?? '', /Sipmon web login/);
    assert.equal(fail2banFormat.describeAt?.(model, text.indexOf('10'))?.markdown, undefined, 'values have no hover');
    assert.equal(fail2banFormat.describeAt?.(model, text.indexOf('unknown'))?.markdown, undefined);
  });

  test('openssl keys, name entries, sections and directives', () => {
    const text = '.include extra.cnf\n[ v3_server ]\nbasicConstraints = critical,CA:FALSE\n[ alt_names ]\nIP.1 = 192.0.2.1\n';
    const model = opensslFormat.parse(text).model;
    assert.match(opensslFormat.describeAt?.(model, text.indexOf('basicConstraints'))?.markdown ?? '', /CA:FALSE/);
    assert.match(opensslFormat.describeAt?.(model, text.indexOf('IP.1'))?.markdown ?? '', /bad ip address/);
    assert.match(opensslFormat.describeAt?.(model, text.indexOf('v3_server'))?.markdown ?? '', /-extensions v3_server/);
    assert.match(opensslFormat.describeAt?.(model, 3)?.markdown ?? '', /OPENSSL_CONF_INCLUDE/);
  });
});
