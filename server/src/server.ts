/** The language server's entry point: `node out/server/src/server.js --stdio` (or --node-ipc, --socket=<port>). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './lsp/languageServer';

startLanguageServer(createConnection(ProposedFeatures.all));
