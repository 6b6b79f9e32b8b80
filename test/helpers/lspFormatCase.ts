/** What the per-format protocol tests share: opening a file written to disk, finding one rule's diagnostic, checking its docs link, reading a hover. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from './lspClient';
import { TempWorkspace } from './tempWorkspace';

export interface OpenedFile {
  uri: string;
  diagnostics: Diagnostic[];
}

/** Writes the file (so that the server sees its neighbours on disk), opens it and waits for its first diagnostics. */
export async function openOnDisk(client: LspTestClient, workspace: TempWorkspace, relative: string, text: string, languageId: string): Promise<OpenedFile> {
  const uri = workspace.write(relative, text);
  const since = client.mark();
  await client.open(uri, text, languageId);
  return { uri, diagnostics: await client.diagnostics(uri, since) };
}

/** The single diagnostic of a rule; fails with the codes that were found instead. */
export function diagnosticOf(diagnostics: Diagnostic[], ruleId: string): Diagnostic {
  const found = diagnostics.filter((diagnostic) => diagnostic.code === ruleId);
  assert.equal(found.length, 1, `${ruleId} among ${JSON.stringify(diagnostics.map((diagnostic) => diagnostic.code))}`);
  return found[0];
}

/** The diagnostic names its rule, comes from sipmon and links the rule's documentation page, which exists. */
export function assertDocumented(diagnostic: Diagnostic, ruleId: string): void {
  assert.equal(diagnostic.source, 'sipmon');
  const href = diagnostic.codeDescription?.href ?? '';
  assert.ok(href.startsWith('file:') && href.endsWith(`docs/rules/${ruleId}.md`), href);
  assert.ok(fs.existsSync(fileURLToPath(href)), `${href} does not exist`);
}

/** The text a diagnostic's range covers in a document's text. */
export function coveredText(text: string, diagnostic: Diagnostic): string {
  const lines = text.split('\n');
  const { start, end } = diagnostic.range;
  assert.equal(start.line, end.line, 'a one-line range');
  return lines[start.line].slice(start.character, end.character);
}

export function hoverMarkdown(hover: Hover | null): string {
  assert.ok(hover, 'no hover');
  assert.ok(MarkupContent.is(hover.contents) && hover.contents.kind === 'markdown', JSON.stringify(hover.contents));
  return hover.contents.value;
}

/** The code action with this title; fails with the titles that were offered instead. */
export function actionTitled(actions: CodeAction[], title: string): CodeAction {
  const found = actions.find((candidate) => candidate.title === title);
  assert.ok(found, `no action "${title}" in ${JSON.stringify(actions.map((candidate) => candidate.title))}`);
  return found;
}
