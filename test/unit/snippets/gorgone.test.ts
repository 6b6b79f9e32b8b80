/** The Gorgone snippets are the hardened values: with their default placeholders they parse and the linter finds nothing. */
import * as assert from 'node:assert/strict';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { parseGorgone } from '../../../server/src/formats/gorgone/model';
import { asScalar, get } from '../../../server/src/formats/yaml/model';
import { lintFile } from '../../../server/src/linter';
import { contributedSnippets, expandSnippet, indentLines } from '../../helpers/snippets';

/** Where each snippet goes in a Gorgone file, and what it must add there. */
const PLACES: Record<string, { section: 'modules'; package: string } | { section: 'tpapi'; name: string }> = {
  'sipmon-gorgone-httpserver': { section: 'modules', package: 'gorgone::modules::core::httpserver::hooks' },
  'sipmon-gorgone-action': { section: 'modules', package: 'gorgone::modules::core::action::hooks' },
  'sipmon-gorgone-autodiscovery': { section: 'modules', package: 'gorgone::modules::Sipmon::autodiscovery::hooks' },
  'sipmon-gorgone-tpapi': { section: 'tpapi', name: 'Sipmonv2' },
};

const PATH = '/etc/Sipmon-gorgone/config.d/40-gorgoned.yaml';

const contribution = contributedSnippets('yaml');

suite('Gorgone snippets', () => {
  test('package.json contributes the YAML snippets', () => {
    assert.ok(contribution);
  });
  const snippets = contribution ? Object.entries(contribution) : [];

  test('every snippet has a place in this test', () => {
    assert.deepEqual(snippets.map(([, snippet]) => snippet.prefix).sort(), Object.keys(PLACES).sort());
  });

  test('expandSnippet keeps defaults and drops tab stops', () => {
    assert.equal(expandSnippet('a: "${1:x${2:y}}"\\$3 $0${4|on,off|}'), 'a: "xy"$3 on');
  });

  for (const [title, snippet] of snippets) {
    suite(snippet.prefix, () => {
      const place = PLACES[snippet.prefix];
      const item = expandSnippet(snippet.body.join('\n'));
      const text = place ? `gorgone:\n  ${place.section}:\n${indentLines(item, 4)}` : item;

      test('has a description and no tab (YAML forbids tabs in indentation)', () => {
        assert.ok(title && snippet.description);
        assert.ok(!snippet.body.some((line) => line.includes('\t')));
      });

      test('adds the entry it claims', () => {
        const { model, problems } = parseGorgone(text);
        assert.deepEqual(problems, []);
        if (place?.section === 'modules') {
          assert.deepEqual(model.modules.map((module) => module.package), [place.package]);
        } else if (place?.section === 'tpapi') {
          assert.deepEqual(model.tpapi.map((entry) => asScalar(get(entry, 'name'))?.text), [place.name]);
        } else {
          assert.fail(`no place for ${snippet.prefix}`);
        }
      });

      test('lints clean with every rule', () => {
        const result = lintFile({ path: PATH, text, workspace: emptyWorkspace });
        assert.ok(result, 'the linter does not take it for a Gorgone file');
        assert.equal(result.format, 'gorgone');
        assert.deepEqual(result.engineErrors, []);
        assert.deepEqual(result.findings.map((finding) => `${finding.ruleId}: ${finding.message}`), []);
      });
    });
  }

  test('all snippets together make a clean config.d file', () => {
    const sections = { modules: [] as string[], tpapi: [] as string[] };
    for (const [, snippet] of snippets) {
      const place = PLACES[snippet.prefix];
      if (place) {
        sections[place.section].push(indentLines(expandSnippet(snippet.body.join('\n')), 4));
      }
    }
    const text = `gorgone:\n  modules:\n${sections.modules.join('\n')}\n  tpapi:\n${sections.tpapi.join('\n')}\n`;
    const result = lintFile({ path: PATH, text, workspace: emptyWorkspace });
    assert.deepEqual(result?.findings.map((finding) => `${finding.ruleId}: ${finding.message}`), []);
    assert.equal(parseGorgone(text).model.modules.length, sections.modules.length);
  });
});
