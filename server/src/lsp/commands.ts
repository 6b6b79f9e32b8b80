/** The server's commands: `sipmon.showDocumentation` opens a rule's page in the editor. */
import { Connection, ExecuteCommandParams, MessageType, ShowMessageNotification } from 'vscode-languageserver/node';
import { docsUri } from '../docs';
import { SHOW_DOCUMENTATION_COMMAND } from '../protocol';
import { ruleSet } from '../rules';

export const serverCommands = [SHOW_DOCUMENTATION_COMMAND];

/** A plain notification: unlike `showInformationMessage`, it needs no answer, which not every client gives. */
function showMessage(connection: Connection, type: MessageType, message: string): Promise<void> {
  return connection.sendNotification(ShowMessageNotification.type, { type, message });
}

/** Opens the page with `window/showDocument`, or names its location in a message for clients that cannot. */
async function showDocumentation(connection: Connection, canShowDocument: boolean, ruleId: unknown): Promise<void> {
  if (typeof ruleId !== 'string' || !ruleSet.byId.has(ruleId)) {
    return showMessage(connection, MessageType.Error, `Sipmon: no rule "${String(ruleId)}".`);
  }
  const uri = docsUri(ruleId);
  if (canShowDocument) {
    const shown = await connection.window.showDocument({ uri, external: false, takeFocus: true });
    if (shown.success) {
      return;
    }
  }
  return showMessage(connection, MessageType.Info, `Documentation of ${ruleId}: ${uri}`);
}

export async function executeCommand(connection: Connection, canShowDocument: boolean, params: ExecuteCommandParams): Promise<void> {
  if (params.command === SHOW_DOCUMENTATION_COMMAND) {
    await showDocumentation(connection, canShowDocument, params.arguments?.[0]);
  }
}
