/** The real language server over stdio with one rule that throws added: `node out/test/helpers/faultyServer.js --stdio`. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from '../../server/src/lsp/languageServer';
import { rulesWithFaulty } from './faultyRule';

startLanguageServer(createConnection(ProposedFeatures.all), rulesWithFaulty);
