/** The CA key passphrase of `sipmon-lint cert`: from SIPMON_CA_PASSPHRASE, or typed in the terminal without echo. */
import { PASSPHRASE_VARIABLE } from './certArgs';

/** The part of a TTY read stream the prompt uses (process.stdin when it is a terminal). */
export interface TerminalInput {
  isRaw?: boolean;
  setRawMode(mode: boolean): unknown;
  setEncoding(encoding: 'utf8'): unknown;
  resume(): unknown;
  pause(): unknown;
  on(event: 'data', listener: (chunk: string) => void): unknown;
  removeListener(event: 'data', listener: (chunk: string) => void): unknown;
}

export interface PassphraseSource {
  env: NodeJS.ProcessEnv;
  /** Present when standard input is a terminal. */
  terminal: { input: TerminalInput; output: { write(text: string): unknown } } | undefined;
}

export type Passphrase = { ok: true; passphrase: string } | { ok: false; error: string };

const ENTER = new Set(['\r', '\n', '\u0004']);
const CANCEL = '\u0003';
const ERASE = new Set(['\u007f', '\b']);
/** What arrow, function and editing keys send: not part of a passphrase. */
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-9;]*[A-Za-z~]|O[A-Za-z])?/g;

/** Asks `question` and reads a line without echoing it; undefined when the user presses Ctrl-C. */
export function promptHidden(question: string, terminal: NonNullable<PassphraseSource['terminal']>): Promise<string | undefined> {
  const { input, output } = terminal;
  return new Promise((resolve) => {
    output.write(question);
    const wasRaw = input.isRaw ?? false;
    let typed: string[] = [];
    const finish = (value: string | undefined): void => {
      input.removeListener('data', onData);
      input.setRawMode(wasRaw);
      input.pause();
      output.write('\n');
      resolve(value);
    };
    const onData = (chunk: string): void => {
      for (const character of chunk.replace(ESCAPE_SEQUENCE, '')) {
        if (ENTER.has(character)) {
          finish(typed.join(''));
          return;
        }
        if (character === CANCEL) {
          finish(undefined);
          return;
        }
        if (ERASE.has(character)) {
          typed = typed.slice(0, -1);
        } else if (character >= ' ') {
          typed.push(character);
        }
      }
    };
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}

/**
 * The passphrase from the environment, or asked in the terminal (twice for a new CA key, so a typing mistake
 * cannot lock the key). Without either, an error that says how to give it.
 */
export async function obtainPassphrase(source: PassphraseSource, forNewKey: boolean): Promise<Passphrase> {
  const fromEnvironment = source.env[PASSPHRASE_VARIABLE];
  if (fromEnvironment !== undefined) {
    return { ok: true, passphrase: fromEnvironment };
  }
  if (!source.terminal) {
    return { ok: false, error: `The CA key passphrase is needed: set ${PASSPHRASE_VARIABLE}, or run in a terminal to be asked for it.` };
  }
  const first = await promptHidden(forNewKey ? 'Passphrase for the new CA key: ' : 'Passphrase of the CA key: ', source.terminal);
  if (first === undefined) {
    return { ok: false, error: 'Cancelled.' };
  }
  if (!forNewKey) {
    return { ok: true, passphrase: first };
  }
  const again = await promptHidden('The same passphrase again: ', source.terminal);
  if (again === undefined) {
    return { ok: false, error: 'Cancelled.' };
  }
  return again === first ? { ok: true, passphrase: first } : { ok: false, error: 'The two passphrases differ: nothing was written.' };
}
