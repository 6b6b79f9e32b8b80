/** mod_headers' `Header [always|onsuccess] action header [value [replacement]] …`, read into its parts. */
import { ApacheDirective } from './model';
import { ApacheWord } from './words';

const ACTIONS = new Set(['add', 'append', 'echo', 'edit', 'edit*', 'merge', 'set', 'setifempty', 'unset', 'note']);

/** Actions after which the response carries the header with the given value. */
const SETTING_ACTIONS = new Set(['add', 'append', 'merge', 'set', 'setifempty']);

export interface HeaderAction {
  directive: ApacheDirective;
  /** Lower case: set, edit, unset… */
  action: string;
  /** Lower case, without the trailing colon httpd tolerates (`X-Frame-Options:`). */
  header: string;
  /** The value (for edit: the regex). */
  value: ApacheWord | undefined;
  /** For edit and edit*: the replacement. */
  replacement: ApacheWord | undefined;
}

/** Reads a `Header` directive; undefined for anything else or a line httpd would refuse. */
function parseHeader(directive: ApacheDirective): HeaderAction | undefined {
  if (directive.key !== 'header') {
    return undefined;
  }
  const args = [...directive.args];
  if (['always', 'onsuccess'].includes(args[0]?.value.toLowerCase() ?? '')) {
    args.shift();
  }
  const action = args[0]?.value.toLowerCase();
  const header = args[1]?.value.toLowerCase().replace(/:$/, '');
  if (action === undefined || !ACTIONS.has(action) || header === undefined) {
    return undefined;
  }
  const edits = action === 'edit' || action === 'edit*';
  return { directive, action, header, value: args[2], replacement: edits ? args[3] : undefined };
}

/** The `Header` lines among these directives that give `header` (lower case) a value. */
export function headerSetters(directives: readonly ApacheDirective[], header: string): HeaderAction[] {
  return directives.flatMap((directive) => {
    const parsed = parseHeader(directive);
    return parsed && parsed.header === header && SETTING_ACTIONS.has(parsed.action) && parsed.value ? [parsed] : [];
  });
}

/** The `Header edit` lines among these directives that rewrite `header` (lower case). */
export function headerEdits(directives: readonly ApacheDirective[], header: string): HeaderAction[] {
  return directives.flatMap((directive) => {
    const parsed = parseHeader(directive);
    return parsed && parsed.header === header && parsed.replacement && (parsed.action === 'edit' || parsed.action === 'edit*') ? [parsed] : [];
  });
}
