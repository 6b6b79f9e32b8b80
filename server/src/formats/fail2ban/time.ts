/** fail2ban's time values (MyTime.str2seconds): seconds, unit abbreviations, combinations such as `1d12h`, and arithmetic. */

const DAY = 24 * 60 * 60;
const YEAR = ((365 * 3 + 366) * DAY) / 4;

/** fail2ban's unit words, in the order it substitutes them (`mo` must become months before `m` becomes minutes). */
const UNITS: [RegExp, number][] = [
  [/(?<=[\d\s])(days?|da|dd?)\b/gi, DAY],
  [/(?<=[\d\s])(weeks?|wee?|ww?)\b/gi, 7 * DAY],
  [/(?<=[\d\s])(months?|mon?)\b/gi, YEAR / 12],
  [/(?<=[\d\s])(years?|yea?|yy?)\b/gi, YEAR],
  [/(?<=[\d\s])(seconds?|sec?|ss?)\b/gi, 1],
  [/(?<=[\d\s])(minutes?|min?|mm?)\b/gi, 60],
  [/(?<=[\d\s])(hours?|hou?|hh?)\b/gi, 60 * 60],
];

/**
 * The number of seconds fail2ban computes, or undefined when it cannot (it then refuses to start the jail).
 * fail2ban rewrites units into `*<seconds>`, joins adjacent groups with `+` and evaluates the result as a
 * Python expression; the evaluator here accepts the arithmetic such an expression may hold and nothing else.
 */
export function timeToSeconds(value: string): number | undefined {
  // Python's eval ends the expression at a `#` comment, and at a line break.
  const lines = value.split('\n').map((line) => line.replace(/#.*$/, '')).filter((line) => line.trim() !== '');
  if (lines.length !== 1) {
    return undefined;
  }
  let expression = lines[0].replace(/(?<=[a-z])(\d)/gi, ' $1');
  for (const [pattern, seconds] of UNITS) {
    expression = expression.replace(pattern, `*${seconds}`);
  }
  expression = expression.replace(/(\d)\s+(?=\d)/g, '$1+');
  return evaluate(expression);
}

/** A bare integer such as `10`: seconds to fail2ban, often meant as minutes. */
export function isBareNumber(value: string): boolean {
  return /^\d+$/.test(value.trim());
}

type Token = { kind: 'number'; value: number } | { kind: 'op'; value: string };

function tokenize(expression: string): Token[] | undefined {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|(\*\*|\/\/|[-+*/%()]))/y;
  let index = 0;
  while (index < expression.length) {
    if (/^\s*$/.test(expression.slice(index))) {
      break;
    }
    pattern.lastIndex = index;
    const match = pattern.exec(expression);
    if (!match) {
      return undefined;
    }
    if (match[1] !== undefined) {
      // Python 3 refuses integer literals with leading zeros ("010").
      if (/^0\d/.test(match[1]) && !/^0+$/.test(match[1]) && !/[.eE]/.test(match[1])) {
        return undefined;
      }
      tokens.push({ kind: 'number', value: Number(match[1]) });
    } else {
      tokens.push({ kind: 'op', value: match[2] });
    }
    index = pattern.lastIndex;
  }
  return tokens;
}

/** Evaluates + - * / // % ** and parentheses with Python's precedence; undefined on anything else. */
function evaluate(expression: string): number | undefined {
  const tokens = tokenize(expression);
  if (!tokens || tokens.length === 0) {
    return undefined;
  }
  let position = 0;
  const peek = () => tokens[position];
  const isOp = (value: string) => peek()?.kind === 'op' && peek()?.value === value;

  const sum = (): number | undefined => {
    let left = product();
    while (left !== undefined && (isOp('+') || isOp('-'))) {
      const op = tokens[position++].value;
      const right = product();
      left = right === undefined ? undefined : op === '+' ? left + right : left - right;
    }
    return left;
  };
  const product = (): number | undefined => {
    let left = unary();
    while (left !== undefined && (isOp('*') || isOp('/') || isOp('//') || isOp('%'))) {
      const op = tokens[position++].value;
      const right = unary();
      if (right === undefined || (op !== '*' && right === 0)) {
        return undefined;
      }
      left = op === '*' ? left * right : op === '/' ? left / right : op === '//' ? Math.floor(left / right) : left - right * Math.floor(left / right);
    }
    return left;
  };
  const unary = (): number | undefined => {
    if (isOp('-') || isOp('+')) {
      const op = tokens[position++].value;
      const operand = unary();
      return operand === undefined ? undefined : op === '-' ? -operand : operand;
    }
    return power();
  };
  const power = (): number | undefined => {
    const base = atom();
    if (base !== undefined && isOp('**')) {
      position++;
      const exponent = unary();
      return exponent === undefined ? undefined : base ** exponent;
    }
    return base;
  };
  const atom = (): number | undefined => {
    const token = peek();
    if (token?.kind === 'number') {
      position++;
      return token.value;
    }
    if (isOp('(')) {
      position++;
      const inner = sum();
      if (!isOp(')')) {
        return undefined;
      }
      position++;
      return inner;
    }
    return undefined;
  };

  const result = sum();
  return position === tokens.length && result !== undefined && Number.isFinite(result) ? result : undefined;
}

/** A duration for messages: `90` → `1m 30s`. */
export function describeSeconds(seconds: number): string {
  if (seconds < 0) {
    return 'permanent';
  }
  const parts: string[] = [];
  let rest = Math.round(seconds);
  for (const [unit, size] of [['d', DAY], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.length > 0 ? parts.join(' ') : '0s';
}
