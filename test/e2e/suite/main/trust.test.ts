/** The main run opens the workspace trusted, so the restricted run's untrusted state is its own doing. */
import * as assert from 'node:assert/strict';
import { workspace } from 'vscode';

suite('workspace trust', () => {
  test('the main run\'s workspace is trusted', () => {
    assert.equal(workspace.isTrusted, true);
  });
});
