/** The size limit: files over `maxFileSize` bytes get one `sipmon/file-too-large` finding instead of being parsed. */
import { RuleLevel } from './config';
import { Finding } from './types';

export const FILE_TOO_LARGE_ID = 'sipmon/file-too-large';

/**
 * How much of an oversized file the content sniffers may read to tell whether it is a Sipmon file at all: a file's
 * kind shows in its first lines, and sniffing the whole file (Gorgone's parses YAML) would cost what the limit saves.
 */
export const SNIFF_LENGTH = 64 * 1024;

function grouped(bytes: number): string {
  return bytes.toLocaleString('en-US');
}

/** The finding for a file of `size` bytes over `limit`, on its first line (`head` is the file's beginning). */
export function fileTooLargeFinding(head: string, size: number, limit: number, level: Exclude<RuleLevel, 'off'>): Finding {
  const lineEnd = head.search(/\r?\n/);
  return {
    ruleId: FILE_TOO_LARGE_ID,
    severity: level,
    message: `This file is ${grouped(size)} bytes, over the limit of ${grouped(limit)} bytes ("maxFileSize"): it was not checked.`,
    span: { start: 0, end: lineEnd === -1 ? head.length : lineEnd },
    fixes: [],
  };
}
