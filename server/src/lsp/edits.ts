/** Core edits and fixes as LSP workspace edits, always addressed to the document version they were computed on. */
import { CreateFile, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Edit, Fix } from '../core/types';
import { uriOfPath } from './uris';

export function toTextEdits(document: TextDocument, edits: readonly Edit[]): TextEdit[] {
  return edits.map((edit) => TextEdit.replace({ start: document.positionAt(edit.span.start), end: document.positionAt(edit.span.end) }, edit.text));
}

/** A versioned edit of one document: a client refuses it if the document has changed since. */
export function versionedEdit(document: TextDocument, edits: readonly Edit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, toTextEdits(document, edits))] };
}

/** A fix as a workspace edit: the files it creates (never overwriting one), then its edits of the document. */
export function fixToWorkspaceEdit(document: TextDocument, fix: Fix): WorkspaceEdit {
  const created = (fix.newFiles ?? []).flatMap((file) => {
    const uri = uriOfPath(file.path);
    return [
      CreateFile.create(uri, { overwrite: false, ignoreIfExists: false }),
      TextDocumentEdit.create({ uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, file.text)]),
    ];
  });
  const own = fix.edits.length > 0 ? [TextDocumentEdit.create({ uri: document.uri, version: document.version }, toTextEdits(document, fix.edits))] : [];
  return { documentChanges: [...created, ...own] };
}
