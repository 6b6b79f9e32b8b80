/**
 * A mocha reporter that prints whole lines: the workbench forwards the extension host's console to the
 * runner without applying format strings, so mocha's own reporters would arrive as `%s` templates.
 */
import Mocha from 'mocha';
import { REPORT_PREFIX } from '../protocol';

function print(line: string): void {
  console.log(`${REPORT_PREFIX}${line}`);
}

export class LineReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    let depth = 0;
    const indent = () => '  '.repeat(depth);
    runner.on('suite', (suite) => {
      if (suite.title) {
        print(`${indent()}${suite.title}`);
      }
      depth += 1;
    });
    runner.on('suite end', () => { depth -= 1; });
    runner.on('pass', (test) => print(`${indent()}✔ ${test.title} (${test.duration ?? 0} ms)`));
    runner.on('pending', (test) => print(`${indent()}- ${test.title} (pending)`));
    runner.on('fail', (test, error: Error) => {
      print(`${indent()}✘ ${test.title}`);
      for (const line of (error.stack ?? error.message).split('\n')) {
        print(`${indent()}    ${line}`);
      }
    });
    runner.once('end', () => {
      const { passes, failures, pending, duration } = this.stats;
      print(`${passes} passing, ${failures} failing, ${pending} pending (${duration ?? 0} ms)`);
    });
  }
}
