/** The Apache httpd directive tree: directives and `<Section>` containers, with source spans, `Define`s applied. */
import { SyntaxProblem, Span } from '../../core/types';
import { expandVariables, LogicalLine, logicalLines, MappedText, sourceSpan } from './lines';
import { ApacheWord, splitWords } from './words';

interface NodeBase {
  /** As written. */
  name: string;
  /** Lower case: httpd matches directive and section names case-insensitively. */
  key: string;
  nameSpan: Span;
  args: ApacheWord[];
  parent: ApacheSection | undefined;
  /** The node's (opening) line: from the start of its first physical line to the end of its last, line break excluded. */
  lineSpan: Span;
}

export interface ApacheDirective extends NodeBase {
  kind: 'directive';
  /** From the name to the end of the last argument. */
  span: Span;
}

export interface ApacheSection extends NodeBase {
  kind: 'section';
  /** The opening tag, `<` to `>`. */
  openSpan: Span;
  /** The closing tag and its line; undefined when the section is never closed. */
  close: { span: Span; lineSpan: Span } | undefined;
  children: ApacheNode[];
  /** From the opening tag to the closing one (or to the end of the last child when unclosed). */
  span: Span;
}

export type ApacheNode = ApacheDirective | ApacheSection;

export interface ApacheModel {
  /** The top-level nodes. */
  nodes: ApacheNode[];
  /** Every node, in source order. */
  all: ApacheNode[];
  /** The variables `Define` leaves set at the end of the file. */
  variables: ReadonlyMap<string, string>;
  /** `Include` and `IncludeOptional` directives: recorded, never followed. */
  includes: ApacheDirective[];
}

/** Sections httpd refuses without arguments ("directive requires additional arguments"). */
const SECTIONS_NEEDING_ARGUMENTS = new Set([
  'virtualhost', 'directory', 'directorymatch', 'location', 'locationmatch', 'files', 'filesmatch', 'ifmodule', 'ifdefine',
  'if', 'elseif', 'proxy', 'proxymatch', 'limit', 'limitexcept', 'ifversion', 'ifdirective', 'iffile', 'ifsection', 'macro',
]);

function firstNonSpace(text: string): number {
  const match = /\S/.exec(text);
  return match ? match.index : -1;
}

/** Deeper than any configuration nests, and shallow enough for the rules that walk the tree recursively. */
export const MAX_SECTION_DEPTH = 100;

class TreeBuilder {
  readonly nodes: ApacheNode[] = [];
  readonly all: ApacheNode[] = [];
  readonly includes: ApacheDirective[] = [];
  readonly problems: SyntaxProblem[] = [];
  readonly variables = new Map<string, string>();
  private readonly open: ApacheSection[] = [];
  /** Sections opened beyond {@link MAX_SECTION_DEPTH}: not modelled, only counted so that their closing tags match. */
  private tooDeep = 0;

  private add(node: ApacheNode): void {
    const parent = this.open[this.open.length - 1];
    (parent ? parent.children : this.nodes).push(node);
    this.all.push(node);
  }

  directive(line: LogicalLine, expanded: MappedText, first: number): void {
    const [nameWord, ...args] = splitWords(expanded, first, expanded.text.length);
    const last = args.length > 0 ? args[args.length - 1] : nameWord;
    const directive: ApacheDirective = {
      kind: 'directive',
      name: nameWord.value,
      key: nameWord.value.toLowerCase(),
      nameSpan: nameWord.span,
      args,
      parent: this.open[this.open.length - 1],
      lineSpan: line.lineSpan,
      span: { start: nameWord.span.start, end: last.span.end },
    };
    this.add(directive);
    if (directive.key === 'define' && args.length >= 2) {
      // With one argument, Define only sets a parameter for <IfDefine>: no ${variable}.
      this.variables.set(args[0].value, args[1].value);
    } else if (directive.key === 'undefine' && args.length >= 1) {
      this.variables.delete(args[0].value);
    } else if (directive.key === 'include' || directive.key === 'includeoptional') {
      this.includes.push(directive);
    }
  }

  tag(line: LogicalLine, expanded: MappedText, first: number): void {
    const text = expanded.text;
    const closing = text[first + 1] === '/';
    const nameStart = first + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < text.length && !/[\s>]/.test(text[nameEnd])) {
      nameEnd++;
    }
    const name = text.slice(nameStart, nameEnd);
    const fallback = line.lineSpan.end;
    const greaterThan = text.lastIndexOf('>');
    const tagEnd = greaterThan >= nameEnd ? greaterThan + 1 : text.length;
    const tagSpan = sourceSpan(expanded, first, tagEnd, fallback);
    if (greaterThan < nameEnd) {
      this.problems.push({ message: `<${closing ? '/' : ''}${name}> directive missing closing '>'`, span: tagSpan });
    }
    if (closing) {
      if (this.tooDeep > 0) {
        this.tooDeep--;
      } else {
        this.closeSection(name, tagSpan, line.lineSpan);
      }
      return;
    }
    if (this.open.length >= MAX_SECTION_DEPTH) {
      if (this.tooDeep++ === 0) {
        this.problems.push({ message: `Sections nest more than ${MAX_SECTION_DEPTH} levels deep: the deeper ones are not read.`, span: tagSpan });
      }
      return;
    }
    const args = splitWords(expanded, nameEnd, greaterThan >= nameEnd ? greaterThan : text.length);
    const section: ApacheSection = {
      kind: 'section',
      name,
      key: name.toLowerCase(),
      nameSpan: sourceSpan(expanded, nameStart, nameEnd, fallback),
      args,
      parent: this.open[this.open.length - 1],
      lineSpan: line.lineSpan,
      openSpan: tagSpan,
      close: undefined,
      children: [],
      span: { ...tagSpan },
    };
    if (args.length === 0 && SECTIONS_NEEDING_ARGUMENTS.has(section.key)) {
      this.problems.push({ message: `<${name}> directive requires additional arguments`, span: tagSpan });
    }
    this.add(section);
    this.open.push(section);
  }

  /** httpd stops at a mismatched closing tag; to report more than one error, close up to a matching ancestor. */
  private closeSection(name: string, span: Span, lineSpan: Span): void {
    const key = name.toLowerCase();
    const current = this.open[this.open.length - 1];
    if (current?.key === key) {
      this.finish(current, span, lineSpan);
      return;
    }
    if (current) {
      this.problems.push({ message: `Expected </${current.name}> but saw </${name}>`, span });
    } else {
      this.problems.push({ message: `</${name}> without matching <${name}> section`, span });
    }
    const match = this.open.map((section) => section.key).lastIndexOf(key);
    if (match !== -1) {
      while (this.open.length > match + 1) {
        this.unclosed(this.open[this.open.length - 1]);
      }
      this.finish(this.open[match], span, lineSpan);
    }
  }

  private finish(section: ApacheSection, span: Span, lineSpan: Span): void {
    section.close = { span, lineSpan };
    section.span = { start: section.openSpan.start, end: span.end };
    this.open.pop();
  }

  private unclosed(section: ApacheSection): void {
    this.problems.push({ message: `<${section.name}> was not closed.`, span: section.openSpan });
    const lastChild = section.children[section.children.length - 1];
    section.span = { start: section.openSpan.start, end: lastChild?.span.end ?? section.openSpan.end };
    this.open.pop();
  }

  end(): void {
    while (this.open.length > 0) {
      this.unclosed(this.open[this.open.length - 1]);
    }
  }
}

/** Parses a config file. `Include`d files are not read; unknown directives are kept as they are. */
export function parseApache(text: string): { model: ApacheModel; problems: SyntaxProblem[] } {
  const builder = new TreeBuilder();
  for (const line of logicalLines(text)) {
    const first = firstNonSpace(line.text);
    // A comment is a whole line starting with '#' (a continued comment line swallows the next one, as in httpd).
    if (first === -1 || line.text[first] === '#') {
      continue;
    }
    const expanded = expandVariables(line, builder.variables);
    // Without a `${` the line comes back as it is, already scanned.
    const start = expanded === line ? first : firstNonSpace(expanded.text);
    if (start === -1) {
      continue;
    }
    if (expanded.text[start] === '<') {
      builder.tag(line, expanded, start);
    } else {
      builder.directive(line, expanded, start);
    }
  }
  builder.end();
  return {
    model: { nodes: builder.nodes, all: builder.all, variables: builder.variables, includes: builder.includes },
    problems: builder.problems,
  };
}
