/** The Gorgone snippets are the hardened values: with their default placeholders they parse and the linter finds nothing. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { packageRoot } from '../../../server/src/docs';
import { parseGorgone } from '../../../server/src/formats/gorgone/model';
import { asScalar, get } from '../../../server/src/formats/yaml/model';
import { lintFile } from '../../../server/src/linter';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/** Where each snippet goes in a Gorgone file, and what it must add there. */
const PLACES: Record<string, { section: 'modules'; package: string } | { section: 'tpapi'; name: string }> = {
  'sipmon-gorgone-httpserver': { section: 'modules', package: 'gorgone::modules::core::httpserver::hooks' },
  'sipmon-gorgone-action': { section: 'modules', package: 'gorgone::modules::core::action::hooks' },
  'sipmon-gorgone-autodiscovery': { section: 'modules', package: 'gorgone::modules::Sipmon::autodiscovery::hooks' },
  'sipmon-gorgone-tpapi': { section: 'tpapi', name: 'Sipmonv2' },
};

const PATH = '/etc/Sipmon-gorgone/config.d/40-gorgoned.yaml';

/** The text a snippet inserts when every placeholder keeps its default. */
function expandSnippet(body: string): string {
  let text = body;
  // Innermost placeholders first, so a default holding another placeholder expands too.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:((?:[^${}\\]|\\.)*)\}/g, '$1').replace(/\$\{\d+\|((?:[^,|\\]|\\.)*)[,|][^}]*\}/g, '$1');
  }
  text = text.replace(/(?<!\\)(?:\$\{\d+\}|\$\d+)/g, '');
  const unknown = /(?<!\\)\$\{?[A-Za-z_]+/.exec(text);
  if (unknown) {
    throw new Error(`snippet variable ${unknown[0]} has no sample value here`);
  }
  return text.replace(/\\([$}\\])/g, '$1');
}

function indent(text: string, spaces: number): string {
  return text.split('\n').map((line) => (line === '' ? line : ' '.repeat(spaces) + line)).join('\n');
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(packageRoot, file), 'utf8')) as T;
}

const contribution = readJson<{ contributes: { snippets: { language: string; path: string }[] } }>('package.json')
  .contributes.snippets.find((entry) => entry.language === 'yaml');

suite('Gorgone snippets', () => {
  test('package.json contributes the YAML snippets', () => {
    assert.ok(contribution);
  });
  const snippets = contribution ? Object.entries(readJson<Record<string, Snippet>>(contribution.path)) : [];

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
      const text = place ? `gorgone:\n  ${place.section}:\n${indent(item, 4)}` : item;

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
        sections[place.section].push(indent(expandSnippet(snippet.body.join('\n')), 4));
      }
    }
    const text = `gorgone:\n  modules:\n${sections.modules.join('\n')}\n  tpapi:\n${sections.tpapi.join('\n')}\n`;
    const result = lintFile({ path: PATH, text, workspace: emptyWorkspace });
    assert.deepEqual(result?.findings.map((finding) => `${finding.ruleId}: ${finding.message}`), []);
    assert.equal(parseGorgone(text).model.modules.length, sections.modules.length);
  });
});
