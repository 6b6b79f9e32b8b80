/** Real configuration texts per format, from the fixtures, with the path each is linted at: the material of the memory and CLI benchmarks. */
import * as path from 'node:path';
import { fixtureCases } from '../helpers/fixtures';

export interface Sample {
  format: string;
  /** Where it sits below a host's root folder, e.g. `etc/Sipmon-gorgone/config.d/40-gorgoned.yaml`. */
  relativePath: string;
  text: string;
  languageId: string;
}

const LANGUAGE_IDS: Record<string, string> = { '.yaml': 'yaml', '.yml': 'yaml', '.xml': 'xml', '.json': 'json', '.cnf': 'opensslcnf', '.local': 'fail2ban' };

/** The single-file fixtures, each at its virtual path (relative to /), in a stable order. */
export function samples(): Sample[] {
  return fixtureCases().filter((fixture) => fixture.files.length === 1).map((fixture) => {
    const file = fixture.files[0];
    const extension = path.extname(file.virtualPath);
    return {
      format: fixture.format,
      relativePath: file.virtualPath.replace(/^\//, ''),
      text: file.text,
      languageId: LANGUAGE_IDS[extension] ?? (fixture.format === 'apache' ? 'apacheconf' : fixture.format === 'fail2ban' ? 'fail2ban' : 'plaintext'),
    };
  });
}
