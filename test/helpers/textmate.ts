/**
 * A small TextMate tokenizer for grammar tests. vscode-textmate is not a dependency, so this covers the
 * part of the model our grammars use (match, begin/end with back-references, captures, name,
 * contentName, includes) with JavaScript regexes; the `u` flag makes Oniguruma-only syntax fail loudly.
 */

export interface GrammarRule {
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  contentName?: string;
  captures?: Record<string, { name?: string }>;
  beginCaptures?: Record<string, { name?: string }>;
  endCaptures?: Record<string, { name?: string }>;
  patterns?: GrammarRule[];
  include?: string;
  comment?: string;
}

export interface Grammar {
  scopeName: string;
  patterns: GrammarRule[];
  repository?: Record<string, GrammarRule>;
}

export interface Token {
  text: string;
  start: number;
  scopes: string[];
}

/** Compiles a grammar regex as the tokenizer runs it; throws on syntax JavaScript does not share. */
export function compileGrammarRegex(source: string): RegExp {
  return new RegExp(source, 'dgu');
}

interface Frame {
  rule: GrammarRule;
  end: RegExp;
  /** Scopes of the begin and end matches. */
  scopes: string[];
  /** Scopes of the text between them. */
  contentScopes: string[];
}

function withName(scopes: string[], name: string | undefined): string[] {
  return name ? [...scopes, name] : scopes;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

export class Tokenizer {
  private readonly stack: Frame[] = [];

  constructor(private readonly grammar: Grammar) {}

  /** The rules tried at one level, with includes and pattern groups expanded. */
  private expand(rules: GrammarRule[] | undefined, seen = new Set<GrammarRule>()): GrammarRule[] {
    const result: GrammarRule[] = [];
    for (const rule of rules ?? []) {
      let target: GrammarRule | undefined = rule;
      if (rule.include !== undefined) {
        target = rule.include === '$self' || rule.include === '$base'
          ? { patterns: this.grammar.patterns }
          : this.grammar.repository?.[rule.include.replace(/^#/, '')];
        if (!target) {
          throw new Error(`include "${rule.include}" names no repository entry`);
        }
      }
      if (seen.has(target)) {
        continue;
      }
      if (target.match !== undefined || target.begin !== undefined) {
        result.push(target);
      } else {
        result.push(...this.expand(target.patterns, new Set([...seen, target])));
      }
    }
    return result;
  }

  /** Tokenizes one line (without its line break), continuing the begin/end state of the previous lines. */
  tokenizeLine(line: string): Token[] {
    const scopesAt: string[][] = [];
    const paint = (from: number, to: number, scopes: string[]) => {
      for (let index = from; index < to; index += 1) {
        scopesAt[index] = scopes;
      }
    };
    const paintMatch = (match: RegExpExecArray, scopes: string[], captures: GrammarRule['captures']) => {
      paint(match.index, match.index + match[0].length, scopes);
      for (const [group, capture] of Object.entries(captures ?? {})) {
        const range = match.indices?.[Number(group)];
        if (range && capture.name) {
          for (let index = range[0]; index < range[1]; index += 1) {
            scopesAt[index] = [...scopesAt[index], capture.name];
          }
        }
      }
    };
    let position = 0;
    for (let steps = 0; ; steps += 1) {
      if (steps > 4 * line.length + 16) {
        throw new Error(`the grammar makes no progress on: ${line}`);
      }
      const frame = this.stack[this.stack.length - 1];
      const rules = this.expand(frame ? frame.rule.patterns : this.grammar.patterns);
      const contentScopes = frame ? frame.contentScopes : [this.grammar.scopeName];
      // Earliest match wins; on a tie the end pattern, then the first rule listed (vscode-textmate's order).
      let best: { match: RegExpExecArray; rule: GrammarRule | undefined } | undefined;
      const candidates: [RegExp, GrammarRule | undefined][] = [
        ...(frame ? [[frame.end, undefined] as [RegExp, undefined]] : []),
        ...rules.map((rule): [RegExp, GrammarRule] => [compileGrammarRegex((rule.match ?? rule.begin) as string), rule]),
      ];
      for (const [regex, rule] of candidates) {
        regex.lastIndex = position;
        const match = regex.exec(line);
        if (match && (!best || match.index < best.match.index)) {
          best = { match, rule };
        }
      }
      if (!best) {
        paint(position, line.length, contentScopes);
        break;
      }
      const { match, rule } = best;
      paint(position, match.index, contentScopes);
      const after = match.index + match[0].length;
      if (!rule) {
        const ended = this.stack.pop() as Frame;
        paintMatch(match, ended.scopes, ended.rule.endCaptures ?? ended.rule.captures);
      } else if (rule.match !== undefined) {
        paintMatch(match, withName(contentScopes, rule.name), rule.captures);
      } else {
        const scopes = withName(contentScopes, rule.name);
        paintMatch(match, scopes, rule.beginCaptures ?? rule.captures);
        const end = (rule.end ?? '$').replace(/\\(\d)/g, (_, group: string) => escapeRegex(match[Number(group)] ?? ''));
        this.stack.push({ rule, end: compileGrammarRegex(end), scopes, contentScopes: withName(scopes, rule.contentName) });
      }
      position = after;
      if (position >= line.length && !(this.stack.length > 0 && this.endsHere(line, position))) {
        break;
      }
    }
    return merge(line, scopesAt);
  }

  /** Whether the innermost begin/end rule closes at this position (a `$` end at the end of the line). */
  private endsHere(line: string, position: number): boolean {
    const frame = this.stack[this.stack.length - 1];
    frame.end.lastIndex = position;
    const match = frame.end.exec(line);
    return match !== null && match.index === position;
  }

  /** How many begin/end rules are open after the lines tokenized so far. */
  get depth(): number {
    return this.stack.length;
  }
}

function merge(line: string, scopesAt: string[][]): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < line.length; index += 1) {
    const last = tokens[tokens.length - 1];
    if (last && last.scopes.join(' ') === scopesAt[index].join(' ')) {
      last.text += line[index];
    } else {
      tokens.push({ text: line[index], start: index, scopes: scopesAt[index] });
    }
  }
  return tokens;
}

/** Tokenizes a text line by line. */
export function tokenize(grammar: Grammar, text: string): Token[][] {
  const tokenizer = new Tokenizer(grammar);
  return text.split('\n').map((line) => tokenizer.tokenizeLine(line));
}
