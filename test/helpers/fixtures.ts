/**
 * Fixture cases: where each fixture file is linted, and the findings it announces.
 *
 * A finding is announced by a marker comment on the line above it: `# expect-next: <rule-id>[, <rule-id>]`
 * or `<!-- expect-next: … -->`. A format without comments (JSON) announces them in a sidecar file instead:
 * `<case>.bad.json.expect` next to `<case>.bad.json`, one `<line> <rule-id>[, <rule-id>]` per line (1-based
 * line of the finding's start; blank lines and `#` comments ignored).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturesRoot } from './paths';

/** Where a format's fixtures are placed in the virtual file system they are linted in. */
export const VIRTUAL_ROOTS: Record<string, string> = {
  gorgone: '/etc/Sipmon-gorgone/config.d',
  broker: '/etc/Sipmon-broker',
  fail2ban: '/etc/fail2ban',
  openssl: '/etc/ssl',
  apache: '/etc/apache2/sites-available',
};

/** The suffix of a sidecar file announcing the findings of a fixture that cannot hold comments. */
export const SIDECAR_SUFFIX = '.expect';

export interface FixtureFile {
  /** Path in the repository. */
  source: string;
  /** Path it is linted at. */
  virtualPath: string;
  kind: 'bad' | 'ok';
  text: string;
  /** `line:ruleId` for every finding it announces (markers, or its sidecar file), sorted. */
  expected: string[];
}

export interface FixtureCase {
  format: string;
  rule: string;
  name: string;
  /** Linted together, as neighbours in one folder. */
  files: FixtureFile[];
}

const FIXTURE_NAME = /^(.*)\.(bad|ok)(\.[^.]+)$/;

function fixtureFile(source: string, format: string, relative: string): FixtureFile | undefined {
  const match = FIXTURE_NAME.exec(path.basename(source));
  if (!match) {
    return undefined;
  }
  const virtualName = path.posix.join(path.posix.dirname(relative), match[1] + match[3]);
  const text = fs.readFileSync(source, 'utf8');
  const sidecar = source + SIDECAR_SUFFIX;
  const expected = fs.existsSync(sidecar) ? sidecarFindings(fs.readFileSync(sidecar, 'utf8'), sidecar) : expectedFindings(text);
  return { source, virtualPath: path.posix.join(VIRTUAL_ROOTS[format], virtualName), kind: match[2] as 'bad' | 'ok', text, expected };
}

function filesUnder(dir: string, format: string, prefix: string): FixtureFile[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    const relative = path.posix.join(prefix, entry.name);
    return entry.isDirectory() ? filesUnder(full, format, relative) : fixtureFile(full, format, relative) ?? [];
  });
}

/** Every case: a lone file, or a folder whose files are linted together (cross-file rules). */
export function fixtureCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const format of fs.readdirSync(fixturesRoot).sort()) {
    for (const rule of fs.readdirSync(path.join(fixturesRoot, format)).sort()) {
      const ruleDir = path.join(fixturesRoot, format, rule);
      for (const entry of fs.readdirSync(ruleDir, { withFileTypes: true })) {
        const full = path.join(ruleDir, entry.name);
        if (entry.isDirectory()) {
          cases.push({ format, rule, name: entry.name, files: filesUnder(full, format, '') });
        } else {
          const file = fixtureFile(full, format, entry.name);
          if (file) {
            cases.push({ format, rule, name: entry.name, files: [file] });
          }
        }
      }
    }
  }
  return cases;
}

/** `line:ruleId` (1-based) for every finding a file's markers announce; a marker points at the next non-marker line. */
export function expectedFindings(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const marker = /^\s*(?:#|<!--)\s*expect-next:\s*([^>]*?)\s*(?:-->)?\s*$/;
  const expected: string[] = [];
  lines.forEach((line, index) => {
    const match = marker.exec(line);
    if (!match) {
      return;
    }
    let target = index + 1;
    while (target < lines.length && marker.test(lines[target])) {
      target++;
    }
    for (const id of match[1].split(',').map((part) => part.trim()).filter(Boolean)) {
      expected.push(`${target + 1}:${id}`);
    }
  });
  return expected.sort();
}

/** `line:ruleId` for every finding a sidecar file announces (`<line> <rule-id>[, <rule-id>]` per line). */
export function sidecarFindings(sidecar: string, source = 'sidecar'): string[] {
  const expected: string[] = [];
  sidecar.split(/\r?\n/).forEach((line, index) => {
    const content = line.replace(/#.*$/, '').trim();
    if (content === '') {
      return;
    }
    const match = /^(\d+)\s+(\S.*)$/.exec(content);
    if (!match) {
      throw new Error(`${source}:${index + 1}: expected "<line> <rule-id>[, <rule-id>]"`);
    }
    for (const id of match[2].split(',').map((part) => part.trim()).filter(Boolean)) {
      expected.push(`${match[1]}:${id}`);
    }
  });
  return expected.sort();
}
