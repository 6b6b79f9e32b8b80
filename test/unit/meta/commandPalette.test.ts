/** The command palette's `when` clauses: they name contributed commands, and every Sipmon context key they read is set by the client. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../../../server/src/docs';
import { sourcesUnder } from '../../helpers/manifest';

interface PaletteEntry {
  command: string;
  when?: string;
}

const manifest = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {
  contributes: { commands: { command: string }[]; menus?: { commandPalette?: PaletteEntry[] } };
};
const palette = manifest.contributes.menus?.commandPalette ?? [];
const clientText = sourcesUnder('client/src').map(({ text }) => text).join('\n');

suite('command palette', () => {
  test('the generator commands show only where they apply', () => {
    for (const id of ['sipmon.generateCertificate', 'sipmon.insertSnippet']) {
      assert.ok(palette.find((entry) => entry.command === id)?.when, `${id} has no when clause`);
    }
  });

  test('every entry names a contributed command', () => {
    const contributed = manifest.contributes.commands.map((command) => command.command);
    assert.deepEqual(palette.filter((entry) => !contributed.includes(entry.command)).map((entry) => entry.command), []);
  });

  test('every sipmon.* context key of a when clause is set by the client', () => {
    const keys = palette.flatMap((entry) => [...(entry.when ?? '').matchAll(/\bsipmon\.[\w.]+/g)].map((match) => match[0]));
    for (const key of keys) {
      assert.ok(clientText.includes(`'${key}'`) && /executeCommand\(\s*'setContext'/.test(clientText), `${key} is read by a when clause but never set`);
    }
  });
});
