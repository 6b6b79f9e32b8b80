/** How much an `allowed_cmds` regex lets through: the action module authorises a command that matches any entry, unanchored. */

export type RegexWeakness =
  /** Matches every command (`.*`, `^.*$`, an empty regex). */
  | 'matchesAll'
  /** Ends in `.*` or `.+`: anything, `; rm -rf /` included, may follow the allowed prefix. */
  | 'openEnd'
  /** Lacks `^` or `$`: a command merely containing the pattern passes. */
  | 'unanchored';

export interface RegexVerdict {
  weakness: RegexWeakness;
  missingStart: boolean;
  missingEnd: boolean;
  /** Whether adding the missing anchors is enough to close the hole (a single branch, no open end). */
  anchorable: boolean;
}

/** Whether the character at `index` is escaped by an odd number of backslashes. */
function isEscaped(regex: string, index: number): boolean {
  let count = 0;
  for (let i = index - 1; i >= 0 && regex[i] === '\\'; i--) {
    count++;
  }
  return count % 2 === 1;
}

/** Splits a regex at its top-level `|` (outside groups and character classes). */
export function topLevelBranches(regex: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  /** Where the character class being read starts, or -1 outside one. */
  let classStart = -1;
  let start = 0;
  for (let i = 0; i < regex.length; i++) {
    const c = regex[i];
    if (c === '\\') {
      i++;
    } else if (classStart >= 0) {
      // A `]` right after `[` or `[^` is a literal member, not the end of the class.
      const firstMember = i === classStart + 1 || (i === classStart + 2 && regex[classStart + 1] === '^');
      if (c === ']' && !firstMember) {
        classStart = -1;
      }
    } else if (c === '[') {
      classStart = i;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth = Math.max(0, depth - 1);
    } else if (c === '|' && depth === 0) {
      branches.push(regex.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(regex.slice(start));
  return branches;
}

const START_ANCHOR = /^(\^|\\A)/;

/** The branch without its end anchor, or undefined when it has none (`\$` is a literal dollar, not an anchor). */
function withoutEndAnchor(branch: string): string | undefined {
  if (branch.endsWith('$') && !isEscaped(branch, branch.length - 1)) {
    return branch.slice(0, -1);
  }
  if (/\\[zZ]$/.test(branch) && !isEscaped(branch, branch.length - 2)) {
    return branch.slice(0, -2);
  }
  return undefined;
}

/** Trailing whitespace tokens (`\s*`, `\s+`) change nothing about what precedes them. */
function withoutTrailingSpace(body: string): string {
  let rest = body;
  while (/\\s[*+]\??$/.test(rest) && !isEscaped(rest, rest.lastIndexOf('\\s'))) {
    rest = rest.slice(0, rest.lastIndexOf('\\s'));
  }
  return rest;
}

/** Whether the body ends with a bare `.*` / `.+` (lazy or not), possibly wrapped in a group. */
function endsOpen(body: string): boolean {
  const rest = withoutTrailingSpace(body);
  const bare = /\.[*+]\??$/.exec(rest);
  if (bare && !isEscaped(rest, bare.index)) {
    return true;
  }
  const grouped = /\((\?:)?\.[*+]\??\)$/.exec(rest);
  return grouped !== null && !isEscaped(rest, grouped.index);
}

const EVERYTHING = new Set(['', '.*', '.*?', '.+', '.+?', '(.*)', '(?:.*)', '(.+)', '(?:.+)']);

function judgeBranch(branch: string): Omit<RegexVerdict, 'anchorable'> | undefined {
  const missingStart = !START_ANCHOR.test(branch);
  const unanchoredEnd = withoutEndAnchor(branch);
  const missingEnd = unanchoredEnd === undefined;
  const body = (unanchoredEnd ?? branch).replace(START_ANCHOR, '');
  if (EVERYTHING.has(withoutTrailingSpace(body))) {
    return { weakness: 'matchesAll', missingStart, missingEnd };
  }
  if (endsOpen(body)) {
    return { weakness: 'openEnd', missingStart, missingEnd };
  }
  if (missingStart || missingEnd) {
    return { weakness: 'unanchored', missingStart, missingEnd };
  }
  return undefined;
}

const SEVERITY_ORDER: RegexWeakness[] = ['matchesAll', 'openEnd', 'unanchored'];

/** The worst weakness of a command regex, or undefined when every branch is anchored at both ends and closed. */
export function judgeCommandRegex(regex: string): RegexVerdict | undefined {
  const branches = topLevelBranches(regex);
  const verdicts = branches.flatMap((branch) => judgeBranch(branch) ?? []);
  if (verdicts.length === 0) {
    return undefined;
  }
  const worst = verdicts.reduce((a, b) => (SEVERITY_ORDER.indexOf(b.weakness) < SEVERITY_ORDER.indexOf(a.weakness) ? b : a));
  return { ...worst, anchorable: branches.length === 1 && worst.weakness === 'unanchored' };
}
