/** Snippets as the editor inserts them when every placeholder keeps its default. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../../server/src/docs';

export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/** The snippets package.json contributes for a language, by title. */
export function contributedSnippets(language: string): Record<string, Snippet> | undefined {
  const manifest = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { contributes: { snippets: { language: string; path: string }[] } };
  const entry = manifest.contributes.snippets.find((candidate) => candidate.language === language);
  return entry ? (JSON.parse(fs.readFileSync(path.join(packageRoot, entry.path), 'utf8')) as Record<string, Snippet>) : undefined;
}

/**
 * The text a snippet inserts: placeholders keep their default, a choice takes option `choice` (its last one
 * when it has fewer), tab stops vanish.
 */
export function expandSnippet(body: string, choice = 0): string {
  let text = body;
  // Innermost placeholders first, so a default holding another placeholder expands too.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text
      .replace(/\$\{\d+:((?:[^${}\\]|\\.)*)\}/g, '$1')
      .replace(/\$\{\d+\|((?:[^|\\]|\\.)*)\|\}/g, (_whole, options: string) => {
        const list = options.split(',');
        return list[Math.min(choice, list.length - 1)];
      });
  }
  text = text.replace(/(?<!\\)(?:\$\{\d+\}|\$\d+)/g, '');
  const unknown = /(?<!\\)\$\{?[A-Za-z_]+/.exec(text);
  if (unknown) {
    throw new Error(`snippet variable ${unknown[0]} has no sample value here`);
  }
  return text.replace(/\\([$}\\])/g, '$1');
}

/** A snippet's expanded text. */
export function snippetText(snippet: Snippet): string {
  return expandSnippet(snippet.body.join('\n'));
}

/** Indents every non-empty line, to place a snippet inside a document. */
export function indentLines(text: string, spaces: number): string {
  return text.split('\n').map((line) => (line === '' ? line : ' '.repeat(spaces) + line)).join('\n');
}

/** The snippets contributed for a language, by prefix. */
export function snippetsByPrefix(language: string): Record<string, Snippet> {
  return Object.fromEntries(Object.values(contributedSnippets(language) ?? {}).map((snippet) => [snippet.prefix, snippet]));
}
