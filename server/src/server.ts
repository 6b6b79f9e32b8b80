/** The language server's entry point: `node out/server/src/server.js --stdio` (or --node-ipc, --socket=<port>). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './lsp/languageServer';

const connection = createConnection(ProposedFeatures.all);
// A failure in background work is a bug to log, not a reason to leave the editor without diagnostics.
process.on('unhandledRejection', (reason) => connection.console.error(`Sipmon: unexpected failure: ${reason instanceof Error ? reason.message : String(reason)}`));
startLanguageServer(connection);
