/** The WorkspaceView of the language server: the text of open documents, and the disk for everything else. */
import * as fs from 'node:fs';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toSlashes } from '../core/globs';
import { WorkspaceView, workspaceOf } from '../core/workspace';
import { pathOfUri } from './uris';

/** Larger files are not configuration: reading them would only slow the editor down. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

export const diskView: WorkspaceView = {
  readFile(filePath) {
    try {
      const stat = fs.statSync(filePath);
      return stat.isFile() && stat.size <= MAX_FILE_BYTES ? fs.readFileSync(filePath, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
  listDirectory(dirPath) {
    try {
      return fs.readdirSync(dirPath);
    } catch {
      return undefined;
    }
  },
};

/** The texts of the open `file:` documents by `/`-separated path (the form core asks for); unsaved edits win over the disk. */
export function openDocumentTexts(documents: TextDocuments<TextDocument>): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const document of documents.all()) {
    const filePath = pathOfUri(document.uri);
    if (filePath !== undefined) {
      texts[toSlashes(filePath)] = document.getText();
    }
  }
  return texts;
}

/** A snapshot view: open documents as they are now, over the disk. */
export function workspaceViewOf(documents: TextDocuments<TextDocument>): WorkspaceView {
  return workspaceOf(openDocumentTexts(documents), diskView);
}
