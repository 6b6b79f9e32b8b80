/** The command line of `sipmon-lint`: options, their validation, and the usage text. */
import { parseArgs } from 'node:util';
import { isMaxFileSize } from '../core/config';

export const OUTPUT_FORMATS = ['stylish', 'json', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CliOptions {
  paths: string[];
  format: OutputFormat;
  fix: boolean;
  /** A config file that replaces the lookup of `.sipmonlint.*` files. */
  configFile: string | undefined;
  maxWarnings: number | undefined;
  /** Bytes; wins over the config files' `maxFileSize` for this run. */
  maxFileSize: number | undefined;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

export const USAGE = `Usage: sipmon-lint [options] [paths...]
       sipmon-lint cert --fqdn <name> --out <dir> [options]   (see sipmon-lint cert --help)

Lints Sipmon configuration files (folders are walked; default: the current folder).
To lint a folder named "cert", write it ./cert.

Options:
  --format <name>       Output format: stylish (default), json or sarif
  --fix                 Apply the safe fixes in place, then report what remains
  --config <file>       Use this config file instead of looking up .sipmonlint.json/.yaml
  --max-warnings <n>    Exit with 1 when there are more than n warnings
  --max-file-size <bytes>
                        Skip files larger than this (default 5242880, 5 MB; over the config file's maxFileSize)
  --quiet               Report errors only
  -h, --help            Show this help
  --version             Show the version

Exit codes: 0 no error, 1 error findings (or too many warnings), 2 usage, I/O, configuration or internal error.
`;

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** Parses the arguments after the program name; never throws. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        fix: { type: 'boolean' },
        config: { type: 'string' },
        'max-warnings': { type: 'string' },
        'max-file-size': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  if (!isOutputFormat(format)) {
    return { ok: false, error: `Unknown format "${format}": expected ${OUTPUT_FORMATS.join(', ')}.` };
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const text = values['max-warnings'];
    if (!/^\d+$/.test(text)) {
      return { ok: false, error: `--max-warnings expects a whole number, not "${text}".` };
    }
    maxWarnings = Number(text);
  }
  let maxFileSize: number | undefined;
  if (values['max-file-size'] !== undefined) {
    const text = values['max-file-size'];
    maxFileSize = /^\d+$/.test(text) ? Number(text) : undefined;
    if (!isMaxFileSize(maxFileSize)) {
      return { ok: false, error: `--max-file-size expects a whole number of bytes, at least 1, not "${text}".` };
    }
  }
  if (values.config === '') {
    return { ok: false, error: '--config expects a file name.' };
  }
  return {
    ok: true,
    options: {
      paths: positionals.length > 0 ? positionals : ['.'],
      format,
      fix: values.fix ?? false,
      configFile: values.config,
      maxWarnings,
      maxFileSize,
      quiet: values.quiet ?? false,
      help: values.help ?? false,
      version: values.version ?? false,
    },
  };
}
