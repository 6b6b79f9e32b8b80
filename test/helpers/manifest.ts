/** Reading the extension manifest and the sources of the repository, for the meta-tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../../server/src/docs';

export interface LanguageContribution {
  id: string;
  aliases?: string[];
  extensions?: string[];
  filenames?: string[];
  filenamePatterns?: string[];
  configuration?: string;
}

export interface Manifest {
  main: string;
  scripts: Record<string, string>;
  activationEvents: string[];
  contributes: {
    languages: LanguageContribution[];
    grammars: { language: string; scopeName: string; path: string }[];
    snippets: { language: string; path: string }[];
    commands: { command: string; title: string; category?: string }[];
    configuration: { title: string; properties: Record<string, { scope?: string }> };
    jsonValidation: { fileMatch: string | string[]; url: string }[];
    yamlValidation: { fileMatch: string | string[]; url: string }[];
  };
}

export function readManifest(): Manifest {
  return JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as Manifest;
}

/** The texts of the `.ts` files under a folder of the repository; none when the folder does not exist. */
export function sourcesUnder(folder: string): { file: string; text: string }[] {
  const absolute = path.join(packageRoot, folder);
  if (!fs.existsSync(absolute)) {
    return [];
  }
  return fs.readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ file: path.join(folder, name), text: fs.readFileSync(path.join(absolute, name), 'utf8') }));
}
