/** Code actions as the editor asks for them (`vscode.executeCodeActionProvider`) and applying their edits. */
import * as assert from 'node:assert/strict';
import { CodeAction, Command, commands, Range, Uri, workspace } from 'vscode';

function isCodeAction(item: CodeAction | Command): item is CodeAction {
  return typeof item.command !== 'string';
}

/** The code actions offered for a range (the editor adds the diagnostics there as context), optionally of one kind. */
export async function codeActionsAt(uri: Uri, range: Range, kind?: string): Promise<CodeAction[]> {
  const items = await commands.executeCommand<(CodeAction | Command)[] | undefined>('vscode.executeCodeActionProvider', uri, range, kind);
  return (items ?? []).filter(isCodeAction);
}

export function actionTitled(actions: readonly CodeAction[], title: string): CodeAction {
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action, `no code action "${title}" among: ${actions.map((candidate) => candidate.title).join(' | ')}`);
  return action;
}

export async function applyAction(action: CodeAction): Promise<void> {
  assert.ok(action.edit, `code action "${action.title}" carries no edit`);
  assert.equal(await workspace.applyEdit(action.edit), true, `the editor refused the edit of "${action.title}"`);
}
