/** What the client can do (read once at `initialize`) and what the server offers in return. */
import { ClientCapabilities, CodeActionKind, ServerCapabilities, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from '../protocol';
import { serverCommands } from './commands';

export interface ClientFeatures {
  /** The client asks for diagnostics (`textDocument/diagnostic`) instead of waiting for them to be pushed. */
  pullDiagnostics: boolean;
  /** The client re-asks for every document on `workspace/diagnostic/refresh`. */
  diagnosticRefresh: boolean;
  /** The client answers `workspace/configuration`. */
  configuration: boolean;
  /** The client accepts a dynamic registration for `workspace/didChangeConfiguration`. */
  configurationRegistration: boolean;
  /** The client supports `window/showDocument`. */
  showDocument: boolean;
}

export function clientFeatures(capabilities: ClientCapabilities): ClientFeatures {
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    configuration: capabilities.workspace?.configuration === true,
    configurationRegistration: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    showDocument: capabilities.window?.showDocument?.support === true,
  };
}

export function serverCapabilities(features: ClientFeatures): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    hoverProvider: true,
    executeCommandProvider: { commands: serverCommands },
    // Findings depend on the other files of the folder (cross-file rules), hence interFileDependencies.
    ...(features.pullDiagnostics ? { diagnosticProvider: { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: true, workspaceDiagnostics: false } } : {}),
  };
}
