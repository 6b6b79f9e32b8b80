/** "Sipmon: Insert hardened snippet": a pick of the shipped snippets for the active file's language, inserted at the cursor. */
import { commands, Disposable, ExtensionContext, QuickPickItem, SnippetString, Uri, window, workspace } from 'vscode';
import { findSnippet, parseSnippetFile, Snippet, SnippetContribution, snippetFilesFor, snippetLanguages } from '../../../server/src/core/generate/snippets';

/** The context key the command palette's `when` clause reads: the languages that have snippets. */
const LANGUAGES_KEY = 'sipmon.snippetLanguages';

function contributionsOf(context: ExtensionContext): SnippetContribution[] {
  const manifest = context.extension.packageJSON as { contributes?: { snippets?: SnippetContribution[] } };
  return manifest.contributes?.snippets ?? [];
}

async function snippetsOf(context: ExtensionContext, files: readonly string[]): Promise<Snippet[]> {
  const texts = await Promise.all(files.map(async (file) => {
    try {
      return new TextDecoder().decode(await workspace.fs.readFile(Uri.joinPath(context.extensionUri, file)));
    } catch {
      return '';
    }
  }));
  return texts.flatMap(parseSnippetFile);
}

async function pick(snippets: readonly Snippet[]): Promise<Snippet | undefined> {
  const items: (QuickPickItem & { snippet: Snippet })[] = snippets.map((snippet) => ({ label: snippet.name, description: snippet.prefixes[0], detail: snippet.description, snippet }));
  return (await window.showQuickPick(items, { title: 'Sipmon: Insert hardened snippet', matchOnDescription: true, matchOnDetail: true }))?.snippet;
}

/** Inserts the snippet named by `name` (its title or prefix), or the one picked; whether a snippet was inserted. */
async function insertSnippet(context: ExtensionContext, contributions: readonly SnippetContribution[], name: unknown): Promise<boolean> {
  const editor = window.activeTextEditor;
  if (!editor) {
    void window.showInformationMessage('Sipmon: open a file to insert a hardened snippet into.');
    return false;
  }
  const snippets = await snippetsOf(context, snippetFilesFor(contributions, editor.document.languageId));
  if (snippets.length === 0) {
    void window.showInformationMessage(`Sipmon: no hardened snippet for ${editor.document.languageId} files.`);
    return false;
  }
  const chosen = typeof name === 'string' ? findSnippet(snippets, name) : await pick(snippets);
  if (!chosen) {
    if (typeof name === 'string') {
      void window.showErrorMessage(`Sipmon: no hardened snippet named "${name}" for ${editor.document.languageId} files.`);
    }
    return false;
  }
  return editor.insertSnippet(new SnippetString(chosen.body));
}

export function registerInsertSnippet(context: ExtensionContext): Disposable {
  const contributions = contributionsOf(context);
  void commands.executeCommand('setContext', LANGUAGES_KEY, snippetLanguages(contributions));
  return commands.registerCommand('sipmon.insertSnippet', (name?: unknown) => insertSnippet(context, contributions, name));
}
