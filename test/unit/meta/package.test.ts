/** The .vsix holds what the extension needs at run time (client, server, rule pages, grammars) and none of the tests. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { allRules } from '../../../server/src/rules';
import { repoRoot } from '../../helpers/paths';

suite('meta: packaged extension', () => {
  test('vsce ls lists the run-time files and leaves out tests and sources', () => {
    const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
    const listing = spawnSync(process.execPath, [vsce, 'ls'], { cwd: repoRoot, encoding: 'utf8', timeout: 60000 });
    assert.equal(listing.status, 0, listing.stderr);
    const files = new Set(listing.stdout.split('\n').filter(Boolean));
    for (const needed of ['package.json', 'out/client/src/extension.js', 'out/server/src/server.js', 'bin/sipmon-lint.js', 'schemas/sipmonlint.schema.json', 'node_modules/vscode-languageclient/package.json', 'node_modules/yaml/package.json']) {
      assert.ok(files.has(needed), `missing ${needed}`);
    }
    for (const rule of allRules) {
      assert.ok(files.has(`docs/rules/${rule.id}.md`), `missing the page of ${rule.id}`);
    }
    const unwanted = [...files].filter((file) => /^(test|examples|out\/test|\.ci|\.vscode)\//.test(file) || /\.ts$|\.map$|tsbuildinfo$/.test(file) && !file.startsWith('node_modules/'));
    assert.deepEqual(unwanted, []);
  });
});
