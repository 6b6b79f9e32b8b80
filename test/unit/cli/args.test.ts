/** Parsing of the sipmon-lint command line. */
import * as assert from 'node:assert/strict';
import { parseCliArgs } from '../../../server/src/cli/args';

suite('cli arguments', () => {
  test('defaults', () => {
    assert.deepEqual(parseCliArgs([]), {
      ok: true,
      options: { paths: ['.'], format: 'stylish', fix: false, configFile: undefined, maxWarnings: undefined, maxFileSize: undefined, quiet: false, help: false, version: false },
    });
  });

  test('every option, in both spellings', () => {
    const parsed = parseCliArgs(['--format=sarif', '--fix', '--config', 'c.json', '--max-warnings', '3', '--max-file-size=1024', '--quiet', 'a', '--', '-b']);
    assert.deepEqual(parsed, {
      ok: true,
      options: { paths: ['a', '-b'], format: 'sarif', fix: true, configFile: 'c.json', maxWarnings: 3, maxFileSize: 1024, quiet: true, help: false, version: false },
    });
  });

  for (const argv of [['--nope'], ['--format', 'html'], ['--max-warnings', '-1'], ['--max-warnings', '1.5'], ['--max-file-size', '5MB'], ['--max-file-size', '0'], ['--config'], ['--config='], ['--quiet=no']]) {
    test(`rejects ${argv.join(' ')}`, () => {
      const parsed = parseCliArgs(argv);
      assert.equal(parsed.ok, false);
    });
  }
});
