/** The hardened snippets the extension ships (snippets/*.json, VS Code's snippet format), read for the "Insert hardened snippet" command. */
import { parse, ParseError } from 'jsonc-parser';

export interface Snippet {
  /** The key in the file: the snippet's title. */
  name: string;
  /** What the user types to get it from completion (a snippet may have several). */
  prefixes: string[];
  description: string;
  /** The body as one text, in snippet syntax (`${1:default}`, `$0`). */
  body: string;
}

/** The manifest's `contributes.snippets` entries. */
export interface SnippetContribution {
  language: string;
  path: string;
}

/** A string, or a list of strings (VS Code accepts both for `body` and `prefix`). */
function strings(value: unknown): string[] | undefined {
  return typeof value === 'string' ? [value] : Array.isArray(value) && value.every((item) => typeof item === 'string') ? value as string[] : undefined;
}

/** The snippets of a snippet file; entries without a body are skipped, and unreadable JSON gives none. */
export function parseSnippetFile(content: string): Snippet[] {
  const errors: ParseError[] = [];
  const parsed: unknown = parse(content, errors, { allowTrailingComma: true });
  if (errors.length > 0 || typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return [];
  }
  return Object.entries(parsed as Record<string, unknown>).flatMap(([name, value]) => {
    const entry = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const body = strings(entry.body);
    if (body === undefined) {
      return [];
    }
    return [{ name, prefixes: strings(entry.prefix) ?? [], description: typeof entry.description === 'string' ? entry.description : '', body: body.join('\n') }];
  });
}

/** The snippet files contributed for a language id. */
export function snippetFilesFor(contributions: readonly SnippetContribution[], languageId: string): string[] {
  return contributions.filter((contribution) => contribution.language === languageId).map((contribution) => contribution.path);
}

/** The languages that have snippets: where the command applies. */
export function snippetLanguages(contributions: readonly SnippetContribution[]): string[] {
  return [...new Set(contributions.map((contribution) => contribution.language))];
}

/** A snippet named by its title or its prefix (the command's argument). */
export function findSnippet(snippets: readonly Snippet[], nameOrPrefix: string): Snippet | undefined {
  return snippets.find((snippet) => snippet.name === nameOrPrefix) ?? snippets.find((snippet) => snippet.prefixes.includes(nameOrPrefix));
}
