/** The files the fuzzer mutates: every fixture and every corpus file of a format, with the path and neighbours it is linted with. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixtureCases } from '../helpers/fixtures';
import { corpusRoot, repoRoot } from '../helpers/paths';

export interface SeedFile {
  format: string;
  /** Where it comes from, for the report of a failing case. */
  source: string;
  /** The path it is linted at. */
  path: string;
  text: string;
  /** The other files of its fixture case (cross-file rules read them). */
  neighbours: Record<string, string>;
}

export const FUZZED_FORMATS = ['gorgone', 'broker', 'fail2ban', 'openssl', 'apache'] as const;

/** The corpus folders of each format, and the path a corpus file is linted at. */
const CORPUS: Record<string, { folders: string[]; pathOf: (name: string) => string }> = {
  gorgone: { folders: ['gorgone'], pathOf: (name) => `/etc/Sipmon-gorgone/config.d/${name.replace(/\.(ya?ml)\.tpl$/, '.$1')}` },
  broker: { folders: ['broker-xml', 'broker-json'], pathOf: (name) => `/etc/Sipmon-broker/${name.replace(/\.(xml|json)\.(in|tpl)$/, '.$1')}` },
  fail2ban: {
    folders: ['fail2ban'],
    pathOf: (name) => (name.includes('filter.d_') ? '/etc/fail2ban/filter.d/Sipmon.conf' : name.includes('jail.d_') ? '/etc/fail2ban/jail.d/defaults-debian.conf' : '/etc/fail2ban/jail.conf'),
  },
  openssl: { folders: ['openssl'], pathOf: () => '/etc/ssl/openssl.cnf' },
  apache: { folders: ['apache'], pathOf: (name) => `/etc/apache2/sites-available/${name}` },
};

function fixtureSeeds(format: string): SeedFile[] {
  return fixtureCases().filter((fixture) => fixture.format === format).flatMap((fixture) => fixture.files.map((file) => ({
    format,
    source: path.relative(repoRoot, file.source),
    path: file.virtualPath,
    text: file.text,
    neighbours: Object.fromEntries(fixture.files.filter((other) => other !== file).map((other) => [other.virtualPath, other.text])),
  })));
}

function corpusSeeds(format: string): SeedFile[] {
  const { folders, pathOf } = CORPUS[format];
  return folders.flatMap((folder) => {
    const dir = path.join(corpusRoot, folder);
    if (!fs.existsSync(dir)) {
      return [];
    }
    return fs.readdirSync(dir).sort().map((name) => ({
      format,
      source: `corpus/${folder}/${name}`,
      path: pathOf(name),
      text: fs.readFileSync(path.join(dir, name), 'utf8'),
      neighbours: {},
    }));
  });
}

/** Every fixture of the format, then every corpus file of it (when the shared corpus is there). */
export function seedFiles(format: string): SeedFile[] {
  return [...fixtureSeeds(format), ...corpusSeeds(format)];
}
