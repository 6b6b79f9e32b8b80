/** All or nothing: existing files are never replaced without consent, and a failure at any step leaves the folder as it was. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCertificate, GenerateOutcome } from '../../../server/src/core/generate/certificate';
import { OutputFolder } from '../../../server/src/core/generate/outputFolder';
import { CertificateRequest } from '../../../server/src/core/generate/request';
import { nodeOutputFolder } from '../../../server/src/cli/nodeOutputFolder';
import { snapshot } from '../../helpers/openssl';

const REQUEST: CertificateRequest = { fqdn: 'web.example.com', keyType: 'p256', passphrase: 'a passphrase' };
const ALL_FILES = ['ca_demo.crt', 'ca_demo.key', 'web.crt', 'web.csr', 'web.key', 'web.summary.md'];

/** The folder, with its `operation` failing on the call numbered `failing` (0 = the first call). */
function failingOn(folder: OutputFolder, operation: 'create' | 'rename' | 'remove', failing: number): OutputFolder {
  let calls = 0;
  const original = folder[operation] as (...args: unknown[]) => Promise<void>;
  return {
    ...folder,
    [operation]: async (...args: unknown[]) => {
      if (calls++ === failing) {
        throw new Error('no space left on device (simulated)');
      }
      return original(...args);
    },
  };
}

function failure(outcome: GenerateOutcome): { kind: string; problems: string[] } {
  assert.ok(!outcome.ok, 'the generation should have failed');
  return outcome;
}

suite('certificate files: all or nothing', function () {
  this.timeout(30000);
  let folder = '';

  setup(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-atomic-'));
  });

  teardown(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('refuses to replace an existing file, naming it, and writes nothing', async () => {
    fs.writeFileSync(path.join(folder, 'web.key'), 'the key in use\n', { mode: 0o400 });
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'unrelated\n');
    const before = snapshot(folder);
    const outcome = failure(await generateCertificate(REQUEST, nodeOutputFolder(folder), { replace: false }));
    assert.equal(outcome.kind, 'exists');
    assert.deepEqual(outcome.problems, [`web.key already exists in ${folder}: nothing was written.`]);
    assert.deepEqual(snapshot(folder), before);
  });

  test('replaces existing files when asked, leaving no temporary or former file', async () => {
    fs.writeFileSync(path.join(folder, 'web.key'), 'the old key\n', { mode: 0o400 });
    fs.writeFileSync(path.join(folder, 'ca_demo.crt'), 'the old CA\n');
    const outcome = await generateCertificate(REQUEST, nodeOutputFolder(folder), { replace: true });
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.deepEqual(fs.readdirSync(folder).sort(), ALL_FILES);
    assert.match(fs.readFileSync(path.join(folder, 'web.key'), 'utf8'), /^-----BEGIN PRIVATE KEY-----/);
    assert.match(fs.readFileSync(path.join(folder, 'ca_demo.crt'), 'utf8'), /^-----BEGIN CERTIFICATE-----/);
  });

  for (const [operation, call, preexisting] of [
    ['create', 0, false], ['create', 3, false], ['create', 5, false],
    ['rename', 0, false], ['rename', 2, false], ['rename', 5, false],
    ['rename', 1, true], ['rename', 4, true],
  ] as const) {
    const when = `${operation} number ${call + 1} fails${preexisting ? ' while replacing files' : ''}`;
    test(`the folder is as it was when ${when}`, async () => {
      if (preexisting) {
        fs.writeFileSync(path.join(folder, 'web.key'), 'the old key\n', { mode: 0o400 });
        fs.writeFileSync(path.join(folder, 'web.crt'), 'the old certificate\n');
      }
      fs.writeFileSync(path.join(folder, 'notes.txt'), 'unrelated\n');
      const before = snapshot(folder);
      const outcome = failure(await generateCertificate(REQUEST, failingOn(nodeOutputFolder(folder), operation, call), { replace: preexisting }));
      assert.equal(outcome.kind, 'write');
      assert.deepEqual(outcome.problems, [`Cannot write in ${folder}: no space left on device (simulated). Nothing was written.`]);
      assert.deepEqual(snapshot(folder), before);
    });
  }

  test('a temporary file that cannot be removed is named for the user', async () => {
    const broken = failingOn(failingOn(nodeOutputFolder(folder), 'create', 2), 'remove', 0);
    const outcome = failure(await generateCertificate(REQUEST, broken, { replace: false }));
    assert.match(outcome.problems[0], /Nothing was written\. Clean up by hand: remove \.web\.key\.[0-9a-f]{12}\.tmp\.$/);
  });

  test('a missing output folder is refused before any work', async () => {
    const missing = path.join(folder, 'no-such-folder');
    const outcome = failure(await generateCertificate(REQUEST, nodeOutputFolder(missing), { replace: false }));
    assert.equal(outcome.kind, 'write');
    assert.deepEqual(outcome.problems, [`The output folder ${missing} does not exist: create it first.`]);
    assert.ok(!fs.existsSync(missing));
  });

  test('an output "folder" that is a file is refused', async () => {
    const file = path.join(folder, 'a-file');
    fs.writeFileSync(file, '');
    const outcome = failure(await generateCertificate(REQUEST, nodeOutputFolder(file), { replace: false }));
    assert.deepEqual(outcome.problems, [`The output folder ${file} is not a folder.`]);
  });

  test('an unwritable folder is refused with its reason', async () => {
    const readOnly: OutputFolder = { ...nodeOutputFolder(folder), writableProblem: () => Promise.resolve(`The output folder ${folder} is not writable.`) };
    const outcome = failure(await generateCertificate(REQUEST, readOnly, { replace: false }));
    assert.deepEqual(outcome.problems, [`The output folder ${folder} is not writable.`]);
    assert.deepEqual(fs.readdirSync(folder), []);
  });

  test('bad input is refused before the folder is touched', async () => {
    const untouchable: OutputFolder = {
      description: 'nowhere',
      pathOf: (name) => name,
      writableProblem: () => assert.fail('the folder was consulted'),
      exists: () => assert.fail('the folder was consulted'),
      create: () => assert.fail('the folder was written'),
      rename: () => assert.fail('the folder was written'),
      remove: () => assert.fail('the folder was written'),
    };
    const outcome = failure(await generateCertificate({ ...REQUEST, fqdn: 'not a name' }, untouchable, { replace: false }));
    assert.equal(outcome.kind, 'invalid');
  });
});
