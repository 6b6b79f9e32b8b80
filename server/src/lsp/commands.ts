/** The server's commands: `sipmon.showDocumentation` opens a rule's page in the editor. */
import { Connection, ExecuteCommandParams } from 'vscode-languageserver/node';
import { docsUri } from '../docs';
import { SHOW_DOCUMENTATION_COMMAND } from '../protocol';
import { ruleSet } from '../rules';

export const serverCommands = [SHOW_DOCUMENTATION_COMMAND];

/** Opens the page with `window/showDocument`, or names its location in a message for clients that cannot. */
async function showDocumentation(connection: Connection, canShowDocument: boolean, ruleId: unknown): Promise<void> {
  if (typeof ruleId !== 'string' || !ruleSet.byId.has(ruleId)) {
    connection.window.showErrorMessage(`Sipmon: no rule "${String(ruleId)}".`);
    return;
  }
  const uri = docsUri(ruleId);
  if (canShowDocument) {
    const shown = await connection.window.showDocument({ uri, external: false, takeFocus: true });
    if (shown.success) {
      return;
    }
  }
  connection.window.showInformationMessage(`Documentation of ${ruleId}: ${uri}`);
}

export function executeCommand(connection: Connection, canShowDocument: boolean, params: ExecuteCommandParams): Promise<void> {
  if (params.command === SHOW_DOCUMENTATION_COMMAND) {
    return showDocumentation(connection, canShowDocument, params.arguments?.[0]);
  }
  return Promise.resolve();
}
