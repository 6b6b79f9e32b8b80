/** The Apache snippets are the hardened values: placed where they belong, they lint clean, and they supply what the rules ask for. */
import * as assert from 'node:assert/strict';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { COOKIE_FLAGS, FRAME_OPTIONS, hstsHeader } from '../../../server/src/formats/apache/hardened';
import { lintFile } from '../../../server/src/linter';
import { APACHE_HEADERS, APACHE_SNIPPET_PLACES, apacheSiteWith, apacheSnippetTexts } from '../../helpers/apacheSnippets';
import { expandSnippet, snippetsByPrefix } from '../../helpers/snippets';

const PATH = '/etc/apache2/sites-available/Sipmon.conf';

function findings(text: string): string[] {
  const result = lintFile({ path: PATH, text, workspace: emptyWorkspace });
  assert.ok(result, 'not taken for an Apache file');
  assert.equal(result.format, 'apache');
  assert.deepEqual(result.engineErrors, []);
  return result.findings.map((finding) => `${finding.ruleId}: ${finding.message}`);
}

suite('Apache snippets', () => {
  const snippets = snippetsByPrefix('apacheconf');
  const texts = apacheSnippetTexts();

  test('package.json contributes them, each has a place in this test and a description', () => {
    assert.deepEqual(Object.keys(snippets).sort(), Object.keys(APACHE_SNIPPET_PLACES).sort());
    for (const snippet of Object.values(snippets)) {
      assert.ok(snippet.description, snippet.prefix);
    }
  });

  test('the header snippets insert exactly the lines the fixes write', () => {
    assert.equal(expandSnippet(snippets['sipmon-apache-hsts'].body.join('\n')), hstsHeader('intermediate'));
    assert.equal(expandSnippet(snippets['sipmon-apache-x-frame-options'].body.join('\n')), FRAME_OPTIONS);
    assert.equal(expandSnippet(snippets['sipmon-apache-cookie-flags'].body.join('\n')), COOKIE_FLAGS);
  });

  for (const [prefix, text] of Object.entries(texts)) {
    test(`${prefix} lints clean where it belongs`, () => {
      assert.deepEqual(findings(text), []);
    });
  }

  test('without the header snippets, their rules fire: the snippets are what satisfies them', () => {
    for (const [prefix, place] of Object.entries(APACHE_SNIPPET_PLACES)) {
      if (place === 'file') {
        continue;
      }
      const ruleIds = findings(apacheSiteWith('', place)).map((finding) => finding.split(':')[0]);
      assert.deepEqual(ruleIds.sort(), place.map((header) => APACHE_HEADERS[header].rule).sort(), prefix);
    }
  });

  test('the full vhost redirects port 80 and serves the product over TLS', () => {
    const text = texts['sipmon-apache-https-vhost'];
    assert.match(text, /<VirtualHost \*:80>[^]*RewriteRule \(\.\*\) https:\/\/%\{HTTP_HOST\}%\{REQUEST_URI\} \[R=301,L\][^]*<VirtualHost \*:443>[^]*SSLEngine On/);
    assert.match(text, /Alias \$\{base_uri\} \$\{install_dir\}\/www\//);
  });
});
