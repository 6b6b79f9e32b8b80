/**
 * The browser runner (`npm run test:e2e`): each run of the suite in the VS Code server of code-server, its workbench
 * driven by headless Chromium, on the extension packaged as users get it. Arguments name the runs to do, in order,
 * a name given twice running twice (default: each run once); SIPMON_E2E_VERBOSE=1 prints the whole workbench log.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Browser } from 'playwright-core';
import { ACTIVATION_ENV, ActivationTimes, REPORT_PREFIX, RESULTS_ENV, SCREENSHOTS_ENV, SUITE_ENV, SuiteResults } from './protocol';
import { readActivationTimes, recordActivation } from './runner/activationRecord';
import { assertProvisioned, CodeServer, codeServerVersion, startCodeServer } from './runner/codeServer';
import { PackagedExtension, packageExtension } from './runner/packagedExtension';
import { screenshotsFolder } from './runner/paths';
import { makeScratch, readResults, RunDefinition, RUNS, summarize } from './runner/runs';
import { launchBrowser, runInWorkbench } from './runner/workbench';

function selectedRuns(names: readonly string[]): RunDefinition[] {
  const unknown = names.filter((name) => !RUNS.some((run) => run.suite === name));
  if (unknown.length > 0) {
    throw new Error(`unknown run ${unknown.join(', ')}; runs: ${RUNS.map((run) => run.suite).join(', ')}`);
  }
  return names.length === 0 ? [...RUNS] : names.map((name) => RUNS.find((run) => run.suite === name)!);
}

interface RunOutcome {
  results: SuiteResults;
  activation: ActivationTimes | undefined;
}

async function main(): Promise<number> {
  const runs = selectedRuns(process.argv.slice(2));
  assertProvisioned();
  const started = Date.now();
  console.log('packaging the extension (npm run package)');
  const extension = packageExtension();
  const browser = await launchBrowser();
  const outcomes: RunOutcome[] = [];
  try {
    for (const run of runs) {
      outcomes.push(await runOne(run, browser, extension));
    }
  } finally {
    await browser.close();
    extension.remove();
  }
  const all = outcomes.map((outcome) => outcome.results);
  const activations = outcomes.flatMap((outcome) => (outcome.activation ? [outcome.activation] : []));
  if (activations.length > 0) {
    const { file, summary } = recordActivation(`code-server ${codeServerVersion()} in headless Chromium`, extension.vsixBytes, activations);
    console.log(`\n${summary} (recorded in ${path.relative(process.cwd(), file)})`);
  }
  for (const results of all) {
    for (const failure of results.failures) {
      console.log(`FAILED ${failure}`);
    }
  }
  const { passed, failed } = summarize(all);
  console.log(`e2e (browser) took ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

async function runOne(run: RunDefinition, browser: Browser, extension: PackagedExtension): Promise<RunOutcome> {
  const scratch = makeScratch(run);
  const requests = path.join(scratch.root, 'screenshots');
  const env: Record<string, string> = { [SUITE_ENV]: run.suite, [RESULTS_ENV]: scratch.results, [ACTIVATION_ENV]: scratch.activation };
  if (run.suite === 'screenshots') {
    fs.mkdirSync(requests);
    fs.mkdirSync(screenshotsFolder, { recursive: true });
    env[SCREENSHOTS_ENV] = requests;
  }
  console.log(`\n== ${run.suite}: ${path.relative(process.cwd(), run.workspace) || '.'} (${run.trusted ? 'trusted' : 'restricted mode'})`);
  const log: string[] = [];
  let server: CodeServer | undefined;
  try {
    server = await startCodeServer({ scratch, trusted: run.trusted, env });
    const exitCode = await runInWorkbench({
      browser,
      port: server.port,
      workspace: scratch.workspace,
      extension: extension.folder,
      log: (line) => {
        log.push(line);
        if (process.env.SIPMON_E2E_VERBOSE) {
          console.log(line);
        }
      },
      ...(run.suite === 'screenshots' ? { screenshots: { requests, out: screenshotsFolder } } : {}),
    });
    const results = readResults(run, scratch, exitCode);
    if (exitCode !== 0 && results.failed === 0) {
      results.failed += 1;
      results.failures.push(`${run.suite}: the editor reported exit code ${exitCode} although no test failed`);
    }
    printReport(log);
    if (results.failed > 0 || exitCode !== 0) {
      console.log(`-- workbench log of ${run.suite} (exit ${exitCode}):\n${log.join('\n')}\n-- code-server output:\n${server.output()}`);
    }
    return { results, activation: readActivationTimes(scratch.activation) };
  } finally {
    await server?.stop();
    scratch.remove();
  }
}

/** The suite's report is among the workbench's log lines; print it alone. */
function printReport(log: readonly string[]): void {
  for (const line of log) {
    const at = line.indexOf(REPORT_PREFIX);
    if (at >= 0) {
      console.log(line.slice(at + REPORT_PREFIX.length));
    }
  }
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
