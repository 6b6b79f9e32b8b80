/** Mutations of a config file's text: byte and line insertions, deletions, duplications and swaps, truncation, CRLF, BOM, tabs, NUL bytes, invalid UTF-8. */
import { Random } from './random';

export interface Mutation {
  name: string;
  apply(text: string, random: Random): string;
}

/** Characters that mean something in at least one of the formats, and characters that mean trouble. */
const CHARACTERS = [
  ' ', '\t', '\n', '\r', ':', '-', '[', ']', '{', '}', '<', '>', '/', '&', ';', '"', "'", '#', '=', ',', '.', '*', '!', '|', '%', '@', '\\', '$',
  '(', ')', '?', '0', '1', '9', 'a', 'Z', '\0', '\u00e9', '\ufffd', '\ufeff', '\ud800', '\udc00', '\u{1f512}', '\u2028',
];

/** Tokens that steer a parser into its less trodden paths (anchors, entities, continuations, interpolation, suppressions). */
const TOKENS = [
  'true', 'false', 'yes', '0', '-1', '99999999999999999999999', '1e999', 'NaN', '~', 'null', '!include ', '&a ', '*a', '<<: *a', '? ', '|-\n', '>\n',
  '<![CDATA[', ']]>', '<!--', '-->', '<?xml version="1.0"?>', '<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>', '&e;', '&#x0;', '&amp;',
  '${x}', '%(known/x)s', '%(x)s', '\\\n', '<VirtualHost *:80>', '</VirtualHost>', '<IfModule x>', '</IfModule>', 'Define x y\n', 'Include ',
  '[DEFAULT]\n', '[Sipmon]\n', '[ req ]\n', '.include ', 'key = value\n', '"": ""', '{}', '[]', '"SipmonBroker"',
  '# sipmon-disable-next-line ', '# sipmon-disable-file gorgone/weak-secret, apache/trace-enable -- reason\n',
  '<!-- sipmon-disable-next-line broker/tls-disabled: reason -->', ' -- ', 'sipmon/unknown-rule',
];

/** Byte sequences that are not UTF-8: a lone continuation byte, an overlong form, an encoded surrogate, a cut sequence, 0xFF. */
const INVALID_UTF8 = [[0x80], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xff], [0xf8, 0x88, 0x80, 0x80, 0x80]];

function at(text: string, random: Random): number {
  return random.below(text.length + 1);
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** A range of up to `max` characters. */
function range(text: string, random: Random, max: number): [number, number] {
  const start = random.below(text.length + 1);
  return [start, Math.min(text.length, start + 1 + random.below(max))];
}

/** The text as lines, each with its line break, so joining them gives the text back. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function onLines(transform: (lines: string[], random: Random) => void): (text: string, random: Random) => string {
  return (text, random) => {
    const lines = linesOf(text);
    if (lines.length > 0) {
      transform(lines, random);
    }
    return lines.join('');
  };
}

function insertAt(text: string, random: Random, insert: string): string {
  const position = at(text, random);
  return splice(text, position, position, insert);
}

function swapCharacters(text: string, random: Random): string {
  const a = random.below(text.length);
  const b = random.below(text.length);
  const [first, second] = a < b ? [a, b] : [b, a];
  return first === second ? text : text.slice(0, first) + text[second] + text.slice(first + 1, second) + text[first] + text.slice(second + 1);
}

/** As a file on disk is read: the bytes decoded as UTF-8, each invalid sequence becoming U+FFFD. */
function invalidUtf8(text: string, random: Random): string {
  const bytes = Buffer.from(text, 'utf8');
  const position = random.below(bytes.length + 1);
  return Buffer.concat([bytes.subarray(0, position), Buffer.from(random.pick(INVALID_UTF8)), bytes.subarray(position)]).toString('utf8');
}

export const MUTATIONS: readonly Mutation[] = [
  { name: 'insert a character', apply: (text, random) => insertAt(text, random, random.pick(CHARACTERS)) },
  { name: 'insert a token', apply: (text, random) => insertAt(text, random, random.pick(TOKENS)) },
  { name: 'delete characters', apply: (text, random) => splice(text, ...range(text, random, 16), '') },
  { name: 'duplicate characters', apply: (text, random) => insertAt(text, random, text.slice(...range(text, random, 32))) },
  { name: 'swap two characters', apply: swapCharacters },
  { name: 'insert a line of the file', apply: onLines((lines, random) => lines.splice(random.below(lines.length + 1), 0, random.pick(lines))) },
  { name: 'delete a line', apply: onLines((lines, random) => lines.splice(random.below(lines.length), 1)) },
  {
    name: 'duplicate a block of lines',
    apply: onLines((lines, random) => {
      const start = random.below(lines.length);
      lines.splice(start, 0, ...lines.slice(start, start + 1 + random.below(8)));
    }),
  },
  {
    name: 'swap two lines',
    apply: onLines((lines, random) => {
      const a = random.below(lines.length);
      const b = random.below(lines.length);
      [lines[a], lines[b]] = [lines[b], lines[a]];
    }),
  },
  {
    name: 'indent a line',
    apply: onLines((lines, random) => {
      const index = random.below(lines.length);
      lines[index] = random.pick([' ', '  ', '\t', '    ']) + lines[index];
    }),
  },
  { name: 'truncate', apply: (text, random) => text.slice(0, at(text, random)) },
  { name: 'CRLF line breaks', apply: (text) => text.replace(/\r?\n/g, '\r\n') },
  { name: 'CR line breaks', apply: (text) => text.replace(/\r?\n/g, '\r') },
  { name: 'byte order mark', apply: (text) => `\ufeff${text}` },
  { name: 'tabs for indentation', apply: (text) => text.replace(/^( {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2)) },
  { name: 'NUL byte', apply: (text, random) => insertAt(text, random, '\0') },
  { name: 'invalid UTF-8', apply: invalidUtf8 },
];

/** One to four mutations stacked on the text; returns the mutated text and the names of what was done, for the report. */
export function mutate(text: string, random: Random): { text: string; steps: string[] } {
  const steps: string[] = [];
  let mutated = text;
  for (let count = 1 + random.below(4); count > 0; count--) {
    const mutation = random.pick(MUTATIONS);
    mutated = mutation.apply(mutated, random);
    steps.push(mutation.name);
  }
  return { text: mutated, steps };
}
