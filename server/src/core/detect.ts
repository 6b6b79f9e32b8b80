/** Which format a file holds: user associations first, then the formats' path patterns, then their content sniffers. */
import { AnyFormat, ParseResult } from './format';
import { LintConfig } from './config';
import { matchesGlob } from './globs';

export interface DetectInput {
  /** Absolute path; undefined for an unsaved buffer. */
  path: string | undefined;
  text: string;
  /** The editor's language id, when there is one. */
  languageId?: string;
}

export interface Detection {
  format: AnyFormat;
  /** The sniffer's parse of the text, when it parsed it to decide. */
  parsed?: ParseResult<unknown>;
}

/** The first candidate whose sniffer accepts the text, with the sniffer's parse when it made one. */
function firstSniffed(candidates: readonly AnyFormat[], text: string): Detection | undefined {
  for (const format of candidates) {
    const verdict = format.sniff(text);
    if (verdict !== false) {
      return verdict === true ? { format } : { format, parsed: verdict };
    }
  }
  return undefined;
}

export function detectFormat(input: DetectInput, formats: readonly AnyFormat[], config: LintConfig): Detection | undefined {
  const { path, text, languageId } = input;
  if (path !== undefined) {
    for (const [glob, formatId] of Object.entries(config.associations)) {
      const format = formats.find((candidate) => candidate.id === formatId);
      if (format && matchesGlob(path, glob, config.baseDir)) {
        return { format };
      }
    }
    const byPath = formats.find((format) => format.pathPatterns.some((glob) => matchesGlob(path, glob)));
    if (byPath) {
      return { format: byPath };
    }
    return firstSniffed(formats.filter((format) => format.candidatePatterns.some((glob) => matchesGlob(path, glob))), text);
  }
  return firstSniffed(formats.filter((format) => languageId !== undefined && format.languageIds.includes(languageId)), text);
}
