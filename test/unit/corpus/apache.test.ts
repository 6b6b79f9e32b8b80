/** The real Apache files of the shared corpus: all are read without an engine error or syntax finding, and MANIFEST.md's notable settings are found. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { lintFile } from '../../../server/src/linter';
import { corpusRoot, requireOrSkip } from '../../helpers/paths';

const dir = path.join(corpusRoot, 'apache');

/** What MANIFEST.md notes for a file (by a unique part of its name), as the rules that must report it. */
const NOTABLE: Record<string, string[]> = {
  'web-apache_Sipmon__b0eb7e02': ['apache/http-not-redirected'],
  'web-apache_Sipmon__c43c531b': ['apache/http-not-redirected'],
  'web-apache_Sipmon__fe0d6353': ['apache/http-not-redirected', 'apache/directory-listing', 'apache/allowoverride-all', 'apache/legacy-access-control'],
  'install_src_Sipmon-apache-https__c0dae481': ['apache/directory-listing', 'apache/allowoverride-all', 'apache/legacy-access-control', 'apache/cert-placeholder', 'apache/hsts-missing'],
  'install_src_Sipmon-apache__12838b61': ['apache/http-not-redirected', 'apache/directory-listing', 'apache/allowoverride-all', 'apache/legacy-access-control'],
  'Sipmon2.apache__e49da4c5': ['apache/directory-listing', 'apache/legacy-access-control'],
  'Sipmon.apache__c9407ee0': ['apache/directory-listing', 'apache/legacy-access-control', 'apache/http-not-redirected'],
  'Sipmon-apache-https-gorgone__02a71a41': ['apache/cert-placeholder', 'apache/cookie-flags'],
  'Sipmon-apache-https__02a71a41': ['apache/cert-placeholder', 'apache/cookie-flags'],
  'Sipmon-apache-https__8adc41ac': ['apache/cert-placeholder', 'apache/cookie-flags'],
  'Sipmon-apache__00f3fb14': ['apache/http-not-redirected'],
  'Sipmon-apache__8adc41ac': ['apache/http-not-redirected'],
  'docker_apache-config__4e606e0a': ['apache/http-not-redirected', 'apache/loglevel-debug', 'apache/directory-listing', 'apache/trace-enable', 'apache/php-fpm-not-local'],
  centpubkey__076e74f4: ['apache/legacy-access-control'],
};

/** Settings the product's shipped HTTPS files get right: reporting them would be a false positive. */
const NOT_REPORTED: Record<string, string[]> = {
  'Sipmon-apache-https__02a71a41': ['apache/ssl-protocol-legacy', 'apache/ssl-cipher-weak', 'apache/http-not-redirected', 'apache/hsts-missing', 'apache/x-frame-options-missing', 'apache/trace-enable', 'apache/server-tokens'],
  'Sipmon-apache-https__8adc41ac': ['apache/ssl-protocol-legacy', 'apache/ssl-cipher-weak', 'apache/http-not-redirected'],
};

/** Nothing security-relevant in MANIFEST.md's terms. */
const CLEAN = ['apache-debug-scheme__abd46645'];

function lintCorpusFile(name: string) {
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  const result = lintFile({ path: `/etc/apache2/sites-available/${name}`, text, workspace: emptyWorkspace });
  assert.ok(result, `${name} is not recognised as an Apache file`);
  assert.equal(result.format, 'apache', name);
  return result;
}

function only(part: string): string {
  const matches = fs.readdirSync(dir).filter((name) => name.includes(part));
  assert.equal(matches.length, 1, `"${part}" must name exactly one corpus file`);
  return matches[0];
}

suite('corpus: Apache httpd', () => {
  suiteSetup(function () {
    requireOrSkip(this, fs.existsSync(dir), `the shared corpus (${dir})`);
  });

  test('every file lints without an engine error or a syntax finding', () => {
    const names = fs.readdirSync(dir).sort();
    assert.ok(names.length >= 17, `expected the 17 corpus files, found ${names.length}`);
    for (const name of names) {
      const result = lintCorpusFile(name);
      assert.deepEqual(result.engineErrors, [], name);
      assert.deepEqual(result.findings.filter((finding) => finding.ruleId === 'apache/syntax').map((finding) => finding.message), [], name);
    }
  });

  test('every file is recognised by its content alone', () => {
    for (const name of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      assert.equal(lintFile({ path: `/home/me/corpus/${name}`, text, workspace: emptyWorkspace })?.format, 'apache', name);
    }
  });

  for (const [part, expected] of Object.entries(NOTABLE)) {
    test(`${part}: ${expected.join(', ')}`, () => {
      const found = new Set(lintCorpusFile(only(part)).findings.map((finding) => finding.ruleId));
      assert.deepEqual(expected.filter((id) => !found.has(id)), [], 'not found');
    });
  }

  for (const [part, absent] of Object.entries(NOT_REPORTED)) {
    test(`${part}: what it gets right is not reported`, () => {
      const found = lintCorpusFile(only(part)).findings.map((finding) => finding.ruleId);
      assert.deepEqual(found.filter((id) => absent.includes(id)), []);
    });
  }

  test('the files MANIFEST.md calls harmless get no finding', () => {
    for (const part of CLEAN) {
      assert.deepEqual(lintCorpusFile(only(part)).findings.map((finding) => finding.ruleId), [], part);
    }
  });
});
