/** `sipmon-lint`: the command-line entry point, from arguments to output and exit code. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LoadedConfig } from '../core/config';
import { RuleSet } from '../core/engine';
import { packageRoot } from '../docs';
import { OutputFormat, parseCliArgs, USAGE } from './args';
import { loadExplicitConfig } from './configFiles';
import { formatJson } from './jsonFormatter';
import { lintFiles } from './lintFiles';
import { errorsOnly, FileReport, totalsOf } from './report';
import { formatSarif } from './sarifFormatter';
import { formatStylish } from './stylishFormatter';
import { collectFiles } from './walk';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

function packageVersion(): string {
  try {
    const manifest: unknown = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8'));
    const version = (manifest as { version?: unknown }).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}

function render(format: OutputFormat, reports: readonly FileReport[], cwd: string): string {
  switch (format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, cwd, packageVersion());
    case 'stylish':
      return formatStylish(reports);
  }
}

/** Runs the CLI on `argv` (the arguments after the program name) and returns the exit code; `rules` replaces the registry (tests). */
export function run(argv: readonly string[], io: CliIo, rules?: RuleSet): number {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr(`sipmon-lint: ${parsed.error}\n\n${USAGE}`);
    return EXIT_FAILURE;
  }
  const options = parsed.options;
  if (options.help) {
    io.stdout(USAGE);
    return EXIT_CLEAN;
  }
  if (options.version) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT_CLEAN;
  }
  let config: LoadedConfig | undefined;
  if (options.configFile !== undefined) {
    const explicit = loadExplicitConfig(options.configFile, io.cwd);
    if (!explicit.ok) {
      io.stderr(explicit.messages.map((message) => `${message}\n`).join(''));
      return EXIT_FAILURE;
    }
    config = explicit.loaded;
  }

  const walked = collectFiles(options.paths, io.cwd);
  const linted = lintFiles(walked.files, { cwd: io.cwd, fix: options.fix, config, maxFileSize: options.maxFileSize, ruleSet: rules });
  const problems = [...walked.problems, ...linted.problems];
  io.stderr([...linted.notices, ...problems].map((message) => `${message}\n`).join(''));

  const reports = options.quiet ? errorsOnly(linted.reports) : linted.reports;
  io.stdout(render(options.format, reports, io.cwd));

  if (problems.length > 0) {
    return EXIT_FAILURE;
  }
  const totals = totalsOf(reports);
  const tooManyWarnings = options.maxWarnings !== undefined && totals.warnings > options.maxWarnings;
  if (tooManyWarnings) {
    io.stderr(`sipmon-lint: ${totals.warnings} warnings found, more than the ${options.maxWarnings} allowed by --max-warnings.\n`);
  }
  return totals.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_CLEAN;
}

function reportInternalError(error: unknown): void {
  process.stderr.write(`sipmon-lint: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = EXIT_FAILURE;
}

/** The `bin/sipmon-lint.js` entry: real arguments, real streams; the exit code is set, not forced, so piped output is flushed. */
export function main(): void {
  // A reader that stops early (`sipmon-lint … | head`) closes the pipe: that is not a failure of the linter.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') {
      throw error;
    }
  });
  const argv = process.argv.slice(2);
  const io: CliIo = {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
  if (argv[0] === 'cert') {
    const terminal = process.stdin.isTTY ? { input: process.stdin, output: process.stderr } : undefined;
    // Loaded on demand: linting never needs the X.509 library.
    import('./cert.js').then(({ runCert }) => runCert(argv.slice(1), { ...io, env: process.env, terminal })).then((code) => {
      process.exitCode = code;
    }, reportInternalError);
    return;
  }
  try {
    process.exitCode = run(argv, io);
  } catch (error) {
    reportInternalError(error);
  }
}
