/** The commands the client itself runs; `sipmon.showDocumentation` is the server's (LSP executeCommand). */
import { CodeAction, Command, commands, Disposable, OutputChannel, Range, TextDocument, window, workspace } from 'vscode';
import { LanguageServer } from './languageServer';

/** The code action kind under which the server offers "fix all auto-fixable problems". */
const FIX_ALL_KIND = 'source.fixAll.sipmon';

export function registerCommands(server: LanguageServer, output: OutputChannel): Disposable[] {
  return [
    commands.registerCommand('sipmon.restartServer', () => server.restart()),
    commands.registerCommand('sipmon.showOutput', () => output.show(true)),
    commands.registerCommand('sipmon.fixAll', fixAllInActiveEditor),
  ];
}

function isCommand(item: CodeAction | Command): item is Command {
  return typeof item.command === 'string';
}

async function fixAllInActiveEditor(): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!document) {
    void window.showInformationMessage('Sipmon: open a file to fix its problems.');
    return;
  }
  const version = document.version;
  const action = await fixAllAction(document);
  if (!action) {
    void window.showInformationMessage('Sipmon: no auto-fixable problem in this file.');
    return;
  }
  // The edit was computed for the text as it was when asked; typing since would misplace it.
  if (document.version !== version) {
    void window.showWarningMessage('Sipmon: the file changed while computing the fixes; run the command again.');
    return;
  }
  if (action.edit && !(await workspace.applyEdit(action.edit))) {
    void window.showWarningMessage('Sipmon: the fixes could not be applied.');
    return;
  }
  if (action.command) {
    await commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }
}

async function fixAllAction(document: TextDocument): Promise<CodeAction | undefined> {
  const whole = new Range(document.positionAt(0), document.positionAt(document.getText().length));
  // Resolve the first action, in case the server sends its edit lazily (codeAction/resolve).
  const items = await commands.executeCommand<(CodeAction | Command)[] | undefined>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND, 1);
  return items?.find((item): item is CodeAction => !isCommand(item) && item.kind?.value === FIX_ALL_KIND);
}
