/** The fail2ban and openssl.cnf snippets are the hardened settings: with their defaults they parse and lint clean. */
import * as assert from 'node:assert/strict';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { IniDialect, sectionsNamed } from '../../../server/src/formats/ini/model';
import { parseIni } from '../../../server/src/formats/ini/parser';
import { lintFile } from '../../../server/src/linter';
import { contributedSnippets, snippetText } from '../../helpers/snippets';

/** For each language: where a file of its snippets is linted, its dialect, and the section each snippet adds. */
const LANGUAGES: Record<string, { path: string; dialect: IniDialect; sections: Record<string, string> }> = {
  fail2ban: { path: '/etc/fail2ban/jail.d/Sipmon.local', dialect: 'fail2ban', sections: { 'sipmon-jail': 'Sipmon', 'sipmon-jail-custom': 'Sipmon' } },
  opensslcnf: { path: '/etc/ssl/Sipmon-ext.cnf', dialect: 'openssl', sections: { 'sipmon-alt-names': 'alt_names', 'sipmon-v3-server': 'v3_server' } },
};

function findings(path: string, text: string): string[] {
  const result = lintFile({ path, text, workspace: emptyWorkspace });
  assert.ok(result, `${path} is not linted`);
  assert.deepEqual(result.engineErrors, []);
  return result.findings.map((finding) => `${finding.ruleId}: ${finding.message}`);
}

for (const [language, place] of Object.entries(LANGUAGES)) {
  suite(`${language} snippets`, () => {
    const snippets = Object.values(contributedSnippets(language) ?? {});

    test('package.json contributes them, and each has its place in this test', () => {
      assert.deepEqual(snippets.map((snippet) => snippet.prefix).sort(), Object.keys(place.sections).sort());
    });

    for (const snippet of snippets) {
      test(`${snippet.prefix}: parses and adds [${place.sections[snippet.prefix]}]`, () => {
        assert.ok(snippet.description);
        const { model, problems } = parseIni(snippetText(snippet), place.dialect);
        assert.deepEqual(problems, []);
        assert.equal(sectionsNamed(model, place.sections[snippet.prefix]).length, 1);
      });
    }
  });
}

suite('snippets lint clean', () => {
  test('each fail2ban snippet alone is a clean override file', () => {
    for (const snippet of Object.values(contributedSnippets('fail2ban') ?? {})) {
      assert.deepEqual(findings(LANGUAGES.fail2ban.path, `${snippetText(snippet)}\n`), [], snippet.prefix);
    }
  });

  test('the openssl snippets together are a clean server profile (each needs the other)', () => {
    const snippets = Object.values(contributedSnippets('opensslcnf') ?? {});
    const text = `${snippets.map(snippetText).join('\n')}\n`;
    assert.deepEqual(findings(LANGUAGES.opensslcnf.path, text), []);
    for (const snippet of snippets) {
      assert.ok(findings(LANGUAGES.opensslcnf.path, `${snippetText(snippet)}\n`).some((finding) => finding.startsWith('openssl/dangling-section')), `${snippet.prefix} alone`);
    }
  });
});
