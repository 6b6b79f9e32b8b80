/** sipmon-lint over fail2ban and openssl.cnf files: detected, reported across jail files, fixed with --fix. */
import * as assert from 'node:assert/strict';
import { readTreeFile, runCli, runJson, temporaryTrees } from '../../helpers/cliRunner';

/** The Sipmon guide's files: jail.local copied from jail.conf and edited, jail.d/custom.conf, openssl.cnf edited. */
const GUIDE = {
  'etc/fail2ban/jail.conf': '[DEFAULT]\nenabled = false\nbantime = 10m\nfindtime = 10m\nmaxretry = 5\n\n[Sipmon]\nport    = http,https\nlogpath = /var/log/Sipmon/login.log\n',
  'etc/fail2ban/jail.local': '[DEFAULT]\nenabled = false\nmaxretry = 5\n\n[Sipmon]\nport     = http,https\nlogpath  = /var/log/Sipmon/login.log\nbackend  = pyinotify\nbantime  = 60\n',
  'etc/fail2ban/jail.d/custom.conf': '[Sipmon]\nenabled = true\nfindtime = 10m\nbantime = 10m\nmaxretry = 3\n',
  'etc/ssl/openssl.cnf': '[ req ]\ndefault_bits = 1024\nx509_extensions = v3_ca\n\n[ alt_names ]\nIP.1 = 10.25.11.73\nDNS.1 = Sipmon7.localdomain\n\n[ v3_ca ]\nsubjectAltName = @alt_names\nbasicConstraints = critical,CA:true\n',
};

suite('sipmon-lint: fail2ban and openssl.cnf', () => {
  const tree = temporaryTrees();

  test('detects both formats and reports each finding once, in the file that sets the value', () => {
    const root = tree(GUIDE);
    const run = runJson(root);
    assert.equal(run.stderr, '');
    const found = Object.fromEntries(run.entries.map((entry) => [entry.file.replace(/\\/g, '/'), { format: entry.format, rules: entry.findings.map((finding) => `${finding.line}:${finding.ruleId}`) }]));
    assert.deepEqual(found, {
      // jail.local's [Sipmon] bantime = 60 beats custom.conf's 10m (jail.local is read later); custom.conf's enabled = true stands.
      'etc/fail2ban/jail.local': { format: 'fail2ban', rules: ['8:fail2ban/pyinotify-backend', '9:fail2ban/bantime-short', '9:fail2ban/bare-seconds'] },
      'etc/fail2ban/jail.conf': { format: 'fail2ban', rules: [] },
      'etc/fail2ban/jail.d/custom.conf': { format: 'fail2ban', rules: [] },
      'etc/ssl/openssl.cnf': { format: 'openssl', rules: ['2:openssl/weak-key-size', '11:openssl/server-cert-is-ca'] },
    });
  });

  test('--fix applies the safe fixes and leaves the judgement calls', () => {
    const root = tree(GUIDE);
    const run = runCli(root, ['--fix']);
    assert.equal(run.stderr, '');
    assert.equal(readTreeFile(root, 'etc/fail2ban/jail.local'), GUIDE['etc/fail2ban/jail.local'].replace('bantime  = 60', 'bantime  = 10m'));
    assert.equal(readTreeFile(root, 'etc/fail2ban/jail.d/custom.conf'), GUIDE['etc/fail2ban/jail.d/custom.conf']);
    assert.equal(readTreeFile(root, 'etc/ssl/openssl.cnf'), '[ req ]\ndefault_bits = 2048\nx509_extensions = v3_ca\n\n[ alt_names ]\nIP.1 = 10.25.11.73\nDNS.1 = Sipmon7.localdomain\n\n[ v3_ca ]\nbasicConstraints = critical,CA:true\n\n[ v3_server ]\nbasicConstraints = critical,CA:FALSE\nkeyUsage = critical, digitalSignature, keyEncipherment\nextendedKeyUsage = serverAuth\nsubjectAltName = @alt_names\n');
    const after = runJson(root);
    assert.deepEqual(after.entries.flatMap((entry) => entry.findings.map((finding) => finding.ruleId)).sort(), ['fail2ban/pyinotify-backend']);
  });

  test('a hardened tree is clean', () => {
    const root = tree({
      'etc/fail2ban/jail.d/Sipmon.local': '[Sipmon]\nenabled = true\nmaxretry = 3\n',
      'etc/ssl/Sipmon-ext.cnf': '[ v3_server ]\nbasicConstraints = critical,CA:FALSE\nkeyUsage = critical, digitalSignature, keyEncipherment\nextendedKeyUsage = serverAuth\nsubjectAltName = @alt_names\n[ alt_names ]\nDNS.1 = Sipmon7.localdomain\n',
    });
    assert.deepEqual(runCli(root), { status: 0, stdout: '', stderr: '' });
  });
});
