/** The real fail2ban files of the shared corpus: read without an engine error, and MANIFEST.md's notable settings are found. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { parseIni } from '../../../server/src/formats/ini/parser';
import { lintFile } from '../../../server/src/linter';
import { corpusRoot, requireOrSkip } from '../../helpers/paths';

const dir = path.join(corpusRoot, 'fail2ban');

/** Where each corpus file lives in /etc/fail2ban (the excerpt and the upstream files are jail.conf). */
function originalPath(name: string): string {
  if (name.includes('filter.d_Sipmon')) {
    return '/etc/fail2ban/filter.d/Sipmon.conf';
  }
  return name.includes('jail.d_defaults-debian') ? '/etc/fail2ban/jail.d/defaults-debian.conf' : '/etc/fail2ban/jail.conf';
}

function lintCorpusFile(name: string) {
  return lintFile({ path: originalPath(name), text: fs.readFileSync(path.join(dir, name), 'utf8'), workspace: emptyWorkspace });
}

/** MANIFEST.md's notes as the rules that must report them, and the lines they point at. */
const NOTABLE: Record<string, string[]> = {
  // "same [Sipmon] block (not enabled)": [DEFAULT] enabled = false applies, reported on that line.
  'debian-local__etc_fail2ban_jail.conf': ['158:fail2ban/jail-disabled'],
  // "only [sshd] enabled = true (the product jail stays disabled)"
  'debian-local__etc_fail2ban_jail.d_defaults-debian.conf': ['1:fail2ban/jail-disabled'],
  // "port http,https; logpath /var/log/Sipmon/login.log; no enabled="
  'fail2ban__config_jail_Sipmon-section__b552116f.conf': ['1:fail2ban/jail-disabled'],
  // "[DEFAULT] enabled = false … [Sipmon] jail at l.879 without enabled="
  'fail2ban__config_jail__b552116f.conf': ['158:fail2ban/jail-disabled'],
  // "a DUPLICATE [Sipmon] section -> DuplicateSectionError"
  'fail2ban__config_jail__ef394b3c.conf': ['120:fail2ban/jail-disabled', '828:fail2ban/syntax'],
};

suite('corpus: fail2ban', () => {
  suiteSetup(function () {
    requireOrSkip(this, fs.existsSync(dir), `the shared corpus (${dir})`);
  });

  test('every jail file lints without an engine error and with exactly the findings MANIFEST.md notes', () => {
    const names = fs.readdirSync(dir).filter((name) => !name.includes('filter.d')).sort();
    assert.deepEqual(names, Object.keys(NOTABLE).sort());
    for (const name of names) {
      const result = lintCorpusFile(name);
      assert.ok(result, `${name} was not recognised`);
      assert.equal(result.format, 'fail2ban');
      assert.deepEqual(result.engineErrors, [], name);
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const lines = result.findings.map((finding) => `${text.slice(0, finding.span.start).split('\n').length}:${finding.ruleId}`);
      assert.deepEqual(lines, NOTABLE[name], name);
    }
  });

  test('the filters are not jail files: not claimed, and they parse', () => {
    const filters = fs.readdirSync(dir).filter((candidate) => candidate.includes('filter.d'));
    assert.equal(filters.length, 2);
    for (const name of filters) {
      assert.equal(lintCorpusFile(name), undefined, name);
      assert.deepEqual(parseIni(fs.readFileSync(path.join(dir, name), 'utf8'), 'fail2ban').problems, [], name);
    }
  });
});
