/** The example workspace as the tests see it: file URIs, opening files in editors, reverting them between tests. */
import * as assert from 'node:assert/strict';
import { commands, extensions, TextDocument, TextEditor, Uri, window, workspace } from 'vscode';

export const EXTENSION_ID = 'sipmon-lint.sipmon-config-lint';

export function workspaceRoot(): Uri {
  const folder = workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the example workspace open as a folder');
  return folder.uri;
}

export function workspaceUri(relativePath: string): Uri {
  return Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Opens a workspace file in an editor, as a user does: the language client only pulls diagnostics of visible documents. */
export async function openEditor(relativePath: string): Promise<TextEditor> {
  const document = await workspace.openTextDocument(workspaceUri(relativePath));
  return window.showTextDocument(document, { preview: false });
}

export async function activateExtension(): Promise<void> {
  const extension = extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  await extension.activate();
  assert.equal(extension.isActive, true);
}

/** Reads a workspace file from disk, whatever the editor holds. */
export async function readDiskText(relativePath: string): Promise<string> {
  return new TextDecoder().decode(await workspace.fs.readFile(workspaceUri(relativePath)));
}

export async function writeDiskText(relativePath: string, text: string): Promise<void> {
  await workspace.fs.writeFile(workspaceUri(relativePath), new TextEncoder().encode(text));
}

/** Drops unsaved changes and closes every editor, so each test starts from the files on disk. */
export async function closeAllEditors(): Promise<void> {
  for (const document of workspace.textDocuments) {
    if (document.isDirty) {
      await window.showTextDocument(document);
      await commands.executeCommand('workbench.action.files.revert');
    }
  }
  await commands.executeCommand('workbench.action.closeAllEditors');
}

export function lineOf(document: TextDocument, needle: string): number {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is not in ${document.uri.path}`);
  return document.positionAt(offset).line;
}
