/**
 * Python's configparser as the oracle for the fail2ban dialect: configured as fail2ban configures it, it reads
 * the same sections, keys and values as our parser from every fixture, every corpus file and the system's
 * /etc/fail2ban (jails, filters, actions), and refuses the same files.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseIni } from '../../../server/src/formats/ini/parser';
import { corpusRoot, fixturesRoot, requireOrSkip } from '../../helpers/paths';
import { requireTool, runTool } from '../../helpers/tools';

/** Reads each file as fail2ban's SafeConfigParserWithIncludes does (inline ";" comments), printing JSON; strict mode decides "refused". */
const READER = `
import configparser, json, sys
result = {}
for name in sys.argv[1:]:
    def reader(strict):
        return configparser.ConfigParser(interpolation=None, inline_comment_prefixes=";", strict=strict)
    try:
        reader(True).read(name, encoding="utf-8")
        refused = False
    except configparser.Error:
        refused = True
    loose = reader(False)
    try:
        loose.read(name, encoding="utf-8")
        sections = {s: dict(loose._sections[s]) for s in loose.sections()}
        sections["DEFAULT"] = dict(loose._defaults)
    except configparser.Error:
        sections = None
    result[name] = {"refused": refused, "sections": sections}
print(json.dumps(result))
`;

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, pattern) : pattern.test(entry.name) ? [full] : [];
  });
}

function ours(text: string): { refused: boolean; sections: Record<string, Record<string, string>> } {
  const { model, problems } = parseIni(text, 'fail2ban');
  const sections: Record<string, Record<string, string>> = { DEFAULT: {} };
  for (const section of model.sections) {
    sections[section.name] ??= {};
    for (const entry of section.entries) {
      sections[section.name][entry.name] = entry.value;
    }
  }
  return { refused: problems.length > 0, sections };
}

suite('real tool: Python configparser reads fail2ban files as our parser does', function () {
  this.timeout(60000);
  let python = '';

  suiteSetup(function () {
    python = requireTool(this, 'python3', 'python3 (a dependency of fail2ban)');
  });

  test('fixtures, corpus and /etc/fail2ban', function () {
    requireOrSkip(this, fs.existsSync(path.join(corpusRoot, 'fail2ban')), `the shared corpus (${corpusRoot})`);
    const files = [
      ...filesUnder(path.join(fixturesRoot, 'fail2ban'), /\.(conf|local)$/),
      ...filesUnder(path.join(corpusRoot, 'fail2ban'), /\.conf$/),
      ...filesUnder('/etc/fail2ban', /\.(conf|local)$/),
    ];
    assert.ok(files.length >= 30, `only ${files.length} files`);
    const run = runTool(python, ['-c', READER, ...files]);
    assert.equal(run.status, 0, run.stderr);
    const python3 = JSON.parse(run.stdout) as Record<string, { refused: boolean; sections: Record<string, Record<string, string>> | null }>;
    let refused = 0;
    for (const file of files) {
      const mine = ours(fs.readFileSync(file, 'utf8'));
      const theirs = python3[file];
      assert.equal(mine.refused, theirs.refused, `${file}: refused`);
      refused += theirs.refused ? 1 : 0;
      if (theirs.sections) {
        assert.deepEqual(mine.sections, theirs.sections, file);
      }
    }
    // The corpus' 2019 jail.conf repeats [Sipmon]: both refuse it.
    assert.ok(refused >= 1);
  });
});
