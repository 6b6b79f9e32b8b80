/** The effective jail configuration: load order, includes, section over [DEFAULT], interpolation, stock values. */
import * as assert from 'node:assert/strict';
import { workspaceOf } from '../../../../server/src/core/workspace';
import { JailConfiguration } from '../../../../server/src/formats/fail2ban/effective';
import { jailBaseFolder, jailFiles } from '../../../../server/src/formats/fail2ban/layout';
import { parseIni } from '../../../../server/src/formats/ini/parser';

const DIR = '/etc/fail2ban';

function configFor(path: string, files: Record<string, string>): JailConfiguration {
  const text = files[path];
  return new JailConfiguration(jailFiles(path, text, parseIni(text, 'fail2ban').model, workspaceOf(files)));
}

suite('fail2ban effective configuration', () => {
  test('the load order: jail.conf, jail.d/*.conf, jail.local, jail.d/*.local, includes around their file', () => {
    const files = {
      [`${DIR}/jail.conf`]: '[INCLUDES]\nbefore = paths-debian.conf\nafter = late.conf\n[DEFAULT]\nx = conf\n',
      [`${DIR}/paths-debian.conf`]: '[INCLUDES]\nbefore = paths-common.conf\n[DEFAULT]\nx = debian\n',
      [`${DIR}/paths-common.conf`]: '[DEFAULT]\nx = common\n',
      [`${DIR}/paths-common.local`]: '[DEFAULT]\nx = common-local\n',
      [`${DIR}/late.conf`]: '[DEFAULT]\nx = late\n',
      [`${DIR}/jail.d/b.conf`]: '[DEFAULT]\nx = b\n',
      [`${DIR}/jail.d/a.conf`]: '[DEFAULT]\nx = a\n',
      [`${DIR}/jail.d/a.local`]: '[DEFAULT]\nx = a-local\n',
      [`${DIR}/jail.local`]: '[DEFAULT]\nx = local\n',
    };
    const config = configFor(`${DIR}/jail.d/a.conf`, files);
    assert.deepEqual(config.files.map((file) => file.path.slice(DIR.length + 1)), [
      'paths-common.conf', 'paths-common.local', 'paths-debian.conf', 'jail.conf', 'late.conf',
      'jail.d/a.conf', 'jail.d/b.conf', 'jail.local', 'jail.d/a.local',
    ]);
    assert.deepEqual(config.files.map((file) => file.role), ['include', 'include', 'include', 'main', 'include', 'override', 'override', 'override', 'override']);
    assert.equal(config.option('Sipmon', 'x').value, 'a-local');
  });

  test('a jail\'s own option beats a later [DEFAULT]; isLive tells replaced values apart', () => {
    const files = {
      [`${DIR}/jail.conf`]: '[Sipmon]\nbantime = 1h\n',
      [`${DIR}/jail.local`]: '[DEFAULT]\nbantime = 1m\n[Sipmon]\nmaxretry = 2\n',
      [`${DIR}/jail.d/x.local`]: '[Sipmon]\nmaxretry = 3\n',
    };
    const config = configFor(`${DIR}/jail.local`, files);
    const bantime = config.option('Sipmon', 'bantime');
    assert.equal(bantime.value, '1h');
    assert.equal(bantime.setting?.file.role, 'main');
    const [first, second] = config.settingsOf('Sipmon', 'maxretry');
    assert.ok(!config.isLive(first.entry));
    assert.ok(config.isLive(second.entry));
  });

  test('interpolation: the jail, [DEFAULT], __name__, section/option, known/option, %%, errors', () => {
    const files = {
      [`${DIR}/jail.conf`]: '[DEFAULT]\nbase = /var/log\nlogpath = %(base)s/%(__name__)s/login.log\nport = 80\n[other]\nport = 8443\n[Sipmon]\nmaxretry = 4\n',
      [`${DIR}/jail.local`]: '[Sipmon]\nmaxretry = %(known/maxretry)s\nport = %(other/port)s,%(default/port)s\npct = 100%%\nbad = %(nothing)s\nworse = 5%\n',
    };
    const config = configFor(`${DIR}/jail.local`, files);
    assert.equal(config.option('Sipmon', 'logpath').value, '/var/log/Sipmon/login.log');
    assert.equal(config.option('Sipmon', 'maxretry').value, '4');
    assert.equal(config.option('Sipmon', 'port').value, '8443,80');
    assert.equal(config.option('Sipmon', 'pct').value, '100%');
    assert.match(config.option('Sipmon', 'bad').error ?? '', /not defined/);
    assert.match(config.option('Sipmon', 'worse').error ?? '', /must be followed/);
  });

  test('a reference loop stops', () => {
    const config = configFor(`${DIR}/jail.local`, { [`${DIR}/jail.local`]: '[Sipmon]\na = %(b)s\nb = %(a)s\n' });
    assert.match(config.option('Sipmon', 'a').error ?? '', /too deeply/);
  });

  test('without jail.conf in view, the stock values are assumed; with it, fail2ban\'s own defaults', () => {
    const alone = configFor(`${DIR}/jail.d/custom.conf`, { [`${DIR}/jail.d/custom.conf`]: '[Sipmon]\nenabled = true\n' });
    assert.equal(alone.option('Sipmon', 'logpath').value, '/var/log/Sipmon/login.log');
    assert.equal(alone.option('Sipmon', 'maxretry').value, '5');
    assert.ok(alone.isEnabled('Sipmon'));
    const withConf = configFor(`${DIR}/jail.d/custom.conf`, { [`${DIR}/jail.d/custom.conf`]: '[Sipmon]\nenabled = true\n', [`${DIR}/jail.conf`]: '[DEFAULT]\nbantime = 1h\n' });
    assert.equal(withConf.option('Sipmon', 'logpath').value, undefined);
    assert.equal(withConf.option('Sipmon', 'maxretry').value, '3');
  });

  test('the fail2ban folder of a jail file', () => {
    assert.equal(jailBaseFolder('/etc/fail2ban/jail.local'), '/etc/fail2ban');
    assert.equal(jailBaseFolder('/etc/fail2ban/jail.d/custom.conf'), '/etc/fail2ban');
    assert.equal(jailBaseFolder('C:\\f2b\\jail.d\\custom.local'), 'C:\\f2b');
    assert.equal(jailBaseFolder('/etc/fail2ban/filter.d/Sipmon.conf'), undefined);
    assert.equal(jailBaseFolder(undefined), undefined);
  });

  test('an unsaved buffer is read on its own', () => {
    const text = '[Sipmon]\nenabled = true\n';
    const config = new JailConfiguration(jailFiles(undefined, text, parseIni(text, 'fail2ban').model, workspaceOf({})));
    assert.equal(config.files.length, 1);
    assert.ok(config.isEnabled('Sipmon'));
  });
});
