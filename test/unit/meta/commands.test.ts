/** Every contributed command has a handler, in the client or in the server, and every client command is contributed. */
import * as assert from 'node:assert/strict';
import { readManifest, sourcesUnder } from '../../helpers/manifest';

const contributed = readManifest().contributes.commands.map((command) => command.command);

/** Ids the client registers: `registerCommand('<id>'`. */
const clientSources = sourcesUnder('client/src');
const registeredByClient = new Set(clientSources.flatMap(({ text }) => [...text.matchAll(/registerCommand\(\s*['"`]([^'"`]+)['"`]/g)].map((match) => match[1])));

/** The server's commands reach VS Code through its executeCommandProvider, declared in the LSP layer. */
const serverSources = sourcesUnder('server/src/lsp');
function namedByServer(id: string): boolean {
  return serverSources.some(({ text }) => text.includes(`'${id}'`) || text.includes(`"${id}"`));
}

suite('commands', () => {
  test('the client registers commands (the scan works)', () => {
    assert.ok(registeredByClient.size > 0, 'no registerCommand(\'…\') found under client/src');
  });

  for (const id of contributed) {
    test(`${id} is handled by the client or the server`, () => {
      assert.ok(registeredByClient.has(id) || namedByServer(id), `${id} is contributed but neither client/src registers it nor server/src/lsp names it`);
    });
  }

  test('every command the client registers is contributed', () => {
    assert.deepEqual([...registeredByClient].filter((id) => !contributed.includes(id)), []);
  });

  test('the client leaves sipmon.showDocumentation to the server', () => {
    // The language client registers the server's executeCommandProvider commands itself; a second registration fails.
    assert.ok(!registeredByClient.has('sipmon.showDocumentation'));
  });

  test('every contributed command is in the Sipmon category', () => {
    assert.deepEqual(readManifest().contributes.commands.filter((command) => command.category !== 'Sipmon').map((command) => command.command), []);
  });
});
