/** Where `sipmon-lint cert` gets the passphrase: the variable first, then a terminal prompt without echo, else a clear error. */
import * as assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { obtainPassphrase, PassphraseSource, promptHidden } from '../../../server/src/cli/passphrase';

/** A terminal that "types" one chunk per prompt, and records what is shown and the raw-mode switches. */
class FakeTerminal extends EventEmitter {
  isRaw = false;
  shown = '';
  rawModes: boolean[] = [];
  constructor(private readonly answers: string[]) {
    super();
  }
  setRawMode(mode: boolean): void {
    this.isRaw = mode;
    this.rawModes.push(mode);
  }
  setEncoding(): void {}
  pause(): void {}
  resume(): void {
    const answer = this.answers.shift();
    if (answer !== undefined) {
      setImmediate(() => this.emit('data', answer));
    }
  }
  source(): NonNullable<PassphraseSource['terminal']> {
    return { input: this, output: { write: (text: string) => (this.shown += text) } };
  }
}

suite('CA key passphrase', () => {
  test('the variable wins, even empty (the generator then refuses it)', async () => {
    const terminal = new FakeTerminal(['typed\r']);
    assert.deepEqual(await obtainPassphrase({ env: { SIPMON_CA_PASSPHRASE: 'from env' }, terminal: terminal.source() }, true), { ok: true, passphrase: 'from env' });
    assert.deepEqual(await obtainPassphrase({ env: { SIPMON_CA_PASSPHRASE: '' }, terminal: undefined }, true), { ok: true, passphrase: '' });
    assert.equal(terminal.shown, '');
  });

  test('without the variable nor a terminal: an error saying how to give it', async () => {
    assert.deepEqual(await obtainPassphrase({ env: {}, terminal: undefined }, false), {
      ok: false,
      error: 'The CA key passphrase is needed: set SIPMON_CA_PASSPHRASE, or run in a terminal to be asked for it.',
    });
  });

  test('a new CA key: asked twice, nothing echoed, raw mode restored', async () => {
    const terminal = new FakeTerminal(['s3cret pass\r', 's3cret pass\r']);
    assert.deepEqual(await obtainPassphrase({ env: {}, terminal: terminal.source() }, true), { ok: true, passphrase: 's3cret pass' });
    assert.equal(terminal.shown, 'Passphrase for the new CA key: \nThe same passphrase again: \n');
    assert.deepEqual(terminal.rawModes, [true, false, true, false]);
  });

  test('two different answers are refused', async () => {
    const terminal = new FakeTerminal(['first\r', 'second\r']);
    assert.deepEqual(await obtainPassphrase({ env: {}, terminal: terminal.source() }, true), { ok: false, error: 'The two passphrases differ: nothing was written.' });
  });

  test('an existing CA key: asked once', async () => {
    const terminal = new FakeTerminal(['old pass\n']);
    assert.deepEqual(await obtainPassphrase({ env: {}, terminal: terminal.source() }, false), { ok: true, passphrase: 'old pass' });
    assert.equal(terminal.shown, 'Passphrase of the CA key: \n');
  });

  test('backspace erases a character (a whole emoji too); control characters and arrow keys are ignored', async () => {
    const terminal = new FakeTerminal(['pas\u007fss\u{1F511}\u007f\u001b[A\u001bOD\u0001wd\r']);
    assert.equal(await promptHidden('? ', terminal.source()), 'passwd');
  });

  test('Ctrl-C cancels', async () => {
    const terminal = new FakeTerminal(['abc\u0003']);
    assert.deepEqual(await obtainPassphrase({ env: {}, terminal: terminal.source() }, true), { ok: false, error: 'Cancelled.' });
    assert.equal(terminal.isRaw, false);
  });
});
