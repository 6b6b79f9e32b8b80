/**
 * Tokenizes text with the editor's own TextMate engine: the vscode-textmate and vscode-oniguruma that ship inside
 * VS Code (under `env.appRoot`), fed the grammar files the extension contributes, as VS Code loads them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { env, extensions } from 'vscode';
import { EXTENSION_ID } from './workspace';

/** The part of vscode-textmate's API used here (it ships with the editor, without type declarations for us). */
interface TextMateToken {
  startIndex: number;
  endIndex: number;
  scopes: string[];
}
interface TextMateGrammar {
  tokenizeLine(line: string, state: unknown): { tokens: TextMateToken[]; ruleStack: unknown };
}
interface TextMateModule {
  INITIAL: unknown;
  Registry: new (options: { onigLib: Promise<unknown>; loadGrammar(scopeName: string): Promise<unknown> }) => { loadGrammar(scopeName: string): Promise<TextMateGrammar | null> };
  parseRawGrammar(content: string, filePath: string): unknown;
}
interface OnigurumaModule {
  loadWASM(data: ArrayBuffer): Promise<void>;
  OnigScanner: new (patterns: string[]) => unknown;
  OnigString: new (text: string) => unknown;
}

interface GrammarContribution {
  language: string;
  scopeName: string;
  path: string;
}

/** Desktop VS Code keeps its node modules in an asar archive, the server in a plain folder. */
function editorModulePath(name: string): string {
  for (const folder of ['node_modules', 'node_modules.asar']) {
    const candidate = path.join(env.appRoot, folder, name);
    if (fs.existsSync(candidate)) {
      return candidate;
    }
  }
  throw new Error(`the editor at ${env.appRoot} ships no ${name}`);
}

let onigLib: Promise<unknown> | undefined;

function loadOniguruma(): Promise<unknown> {
  onigLib ??= (async () => {
    const folder = editorModulePath('vscode-oniguruma');
    const oniguruma = require(folder) as OnigurumaModule;
    const wasm = fs.readFileSync(path.join(folder, 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

/** The grammar the extension contributes for a language, as its manifest declares it. */
export function contributedGrammar(languageId: string): { scopeName: string; file: string } {
  const extension = extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  const grammars = (extension.packageJSON as { contributes: { grammars: GrammarContribution[] } }).contributes.grammars;
  const grammar = grammars.find((candidate) => candidate.language === languageId);
  assert.ok(grammar, `the extension contributes no grammar for ${languageId}`);
  return { scopeName: grammar.scopeName, file: path.join(extension.extensionPath, grammar.path) };
}

/** The scopes of every character of `text`, lines joined by '\n' (which gets no scope). */
export async function scopesPerCharacter(languageId: string, text: string): Promise<string[][]> {
  const { scopeName, file } = contributedGrammar(languageId);
  const textmate = require(editorModulePath('vscode-textmate')) as TextMateModule;
  const registry = new textmate.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (requested) => (requested === scopeName ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null),
  });
  const grammar = await registry.loadGrammar(scopeName);
  assert.ok(grammar, `vscode-textmate could not load ${file}`);
  const scopes: string[][] = [];
  let state = textmate.INITIAL;
  for (const line of text.split('\n')) {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
    state = ruleStack;
    for (const token of tokens) {
      for (let index = token.startIndex; index < Math.min(token.endIndex, line.length); index += 1) {
        scopes.push(token.scopes);
      }
    }
    scopes.push([]);
  }
  return scopes;
}
