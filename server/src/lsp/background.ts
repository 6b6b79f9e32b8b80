/** Fire-and-forget work: a failure (client gone, method not supported) is logged, never left to end the server. */
import { Connection } from 'vscode-languageserver/node';

export function inBackground(connection: Connection, what: string, work: Promise<unknown>): void {
  work.catch((error: unknown) => connection.console.error(`Sipmon: ${what} failed: ${error instanceof Error ? error.message : String(error)}`));
}
