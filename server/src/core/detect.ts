/** Which format a file holds: user associations first, then the formats' path patterns, then their content sniffers. */
import { AnyFormat } from './format';
import { LintConfig } from './config';
import { matchesGlob } from './globs';

export interface DetectInput {
  /** Absolute path; undefined for an unsaved buffer. */
  path: string | undefined;
  text: string;
  /** The editor's language id, when there is one. */
  languageId?: string;
}

export function detectFormat(input: DetectInput, formats: readonly AnyFormat[], config: LintConfig): AnyFormat | undefined {
  const { path, text, languageId } = input;
  if (path !== undefined) {
    for (const [glob, formatId] of Object.entries(config.associations)) {
      const format = formats.find((candidate) => candidate.id === formatId);
      if (format && matchesGlob(path, glob, config.baseDir)) {
        return format;
      }
    }
    const byPath = formats.find((format) => format.pathPatterns.some((glob) => matchesGlob(path, glob)));
    if (byPath) {
      return byPath;
    }
    return formats.find((format) => format.candidatePatterns.some((glob) => matchesGlob(path, glob)) && format.sniff(text));
  }
  return formats.find((format) => languageId !== undefined && format.languageIds.includes(languageId) && format.sniff(text));
}
