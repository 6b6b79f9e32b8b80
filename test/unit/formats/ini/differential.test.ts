/**
 * Differential test: where the INI syntax of the `ini` package and the fail2ban / OpenSSL syntax agree, the
 * sections, keys and values our position-bearing parser reads equal what `ini.parse` reads — over every
 * fixture and every real file of the shared corpus.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as iniParse } from 'ini';
import { IniDialect, IniDocument, IniEntry, IniSection } from '../../../../server/src/formats/ini/model';
import { parseIni } from '../../../../server/src/formats/ini/parser';
import { corpusRoot, fixturesRoot } from '../../../helpers/paths';

/** A header `ini` reads the same way: alone on its line, a name without dots (ini nests dotted names) or padding. */
function sameHeader(text: string, section: IniSection, dialect: IniDialect): boolean {
  if (section.headerSpan === undefined) {
    return dialect === 'openssl';
  }
  const line = lineOf(text, section.headerSpan.start);
  return /^\[[^\]]*\]\s*$/.test(line) && !section.name.includes('.') && (dialect === 'openssl' || section.name === section.name.trim());
}

function lineOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
}

/**
 * A line both syntaxes read alike: `key = value` on one line, nothing `ini` treats specially in the value
 * (quotes, escapes, `;`, `#` — except OpenSSL's `#` comment, which both drop), and nothing the dialect
 * treats specially (fail2ban's `:` separator and inline `;`; OpenSSL's `$` variables and `section::key`).
 */
function sameEntry(text: string, entry: IniEntry, dialect: IniDialect): boolean {
  const line = lineOf(text, entry.keySpan.start);
  const separator = line.indexOf('=');
  if (separator === -1 || entry.value.includes('\n') || entry.key.endsWith('[]') || entry.key === '__proto__') {
    return false;
  }
  const key = line.slice(0, separator);
  const rest = line.slice(separator + 1);
  if (dialect === 'fail2ban') {
    return !key.includes(':') && !/[;#"'\\]/.test(rest);
  }
  const beforeComment = rest.split('#')[0];
  return !key.includes('::') && !/[;"'`\\$]/.test(beforeComment) && !line.trimEnd().endsWith('\\');
}

function compare(text: string, dialect: IniDialect, doc: IniDocument = parseIni(text, dialect).model): number {
  const ini = iniParse(text) as Record<string, unknown>;
  // The last line for each key wins in all three readers; compare only keys whose last line both read alike.
  const last = new Map<string, { section: IniSection; entry: IniEntry }>();
  for (const section of doc.sections) {
    for (const entry of section.entries) {
      last.set(`${section.name}\u0000${entry.key}`, { section, entry });
    }
  }
  let compared = 0;
  for (const { section, entry } of last.values()) {
    if (!sameHeader(text, section, dialect) || !sameEntry(text, entry, dialect) || entry.section !== section.name) {
      continue;
    }
    const holder = section.headerSpan === undefined ? ini : (ini[section.name.trim()] as Record<string, unknown> | undefined);
    assert.ok(holder && typeof holder === 'object', `ini has no section [${section.name}]`);
    assert.equal(String(holder[entry.key.trim()]), entry.value, `[${section.name}] ${entry.key}`);
    compared += 1;
  }
  return compared;
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, pattern) : pattern.test(entry.name) ? [full] : [];
  });
}

const SOURCES: { dialect: IniDialect; files: string[] }[] = [
  { dialect: 'fail2ban', files: [...filesUnder(path.join(fixturesRoot, 'fail2ban'), /\.(conf|local)$/), ...filesUnder(path.join(corpusRoot, 'fail2ban'), /\.conf$/)] },
  { dialect: 'openssl', files: [...filesUnder(path.join(fixturesRoot, 'openssl'), /\.cnf$/), ...filesUnder(path.join(corpusRoot, 'openssl'), /\.cnf$/)] },
];

suite('INI parser agrees with ini.parse (ini 5.0.0) where both syntaxes allow', () => {
  for (const { dialect, files } of SOURCES) {
    test(`${dialect}: ${files.length} files`, () => {
      let total = 0;
      for (const file of files) {
        total += compare(fs.readFileSync(file, 'utf8'), dialect);
      }
      // Enough lines were comparable for the test to mean something (about 970 fail2ban and 450 OpenSSL lines today).
      assert.ok(total >= 100, `only ${total} entries compared`);
    });
  }

  test('lines the syntaxes read differently are left out, and a disagreement is caught', () => {
    // fail2ban keeps "# note" in the value, ini drops it: only y is comparable.
    assert.equal(compare('[A]\nx = 1 # note\ny = 2\n', 'fail2ban'), 1);
    const text = '[ a ]\nx = 1\n';
    const doc = parseIni(text, 'openssl').model;
    doc.sections[1].entries[0].value = '2';
    assert.throws(() => compare(text, 'openssl', doc), /\[a\] x/);
  });
});
