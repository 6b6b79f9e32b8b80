/**
 * The desktop runner (`npm run test:e2e:desktop`): the suite in desktop VS Code through @vscode/test-electron, on the
 * extension packaged as users get it.
 * Uses VSCODE_EXECUTABLE_PATH when set, else a pinned VS Code from .vscode-test/ (downloaded once when there is
 * a network). Linux without a display needs `xvfb-run`. The screenshots need the browser runner.
 */
import { spawn } from 'node:child_process';
import { downloadAndUnzipVSCode } from '@vscode/test-electron';
import { ACTIVATION_ENV, ActivationTimes, RESULTS_ENV, SUITE_ENV, SuiteResults } from './protocol';
import { readActivationTimes, recordActivation } from './runner/activationRecord';
import { PackagedExtension, packageExtension } from './runner/packagedExtension';
import { suiteIndex } from './runner/paths';
import { makeScratch, readResults, RunDefinition, RUNS, summarize } from './runner/runs';

/** The VS Code of code-server 4.100.3, so both runners test against the same editor. */
const VSCODE_VERSION = '1.100.3';
const DOWNLOAD_TIMEOUT_MS = 15_000;

async function vscodeExecutable(): Promise<string> {
  const configured = process.env.VSCODE_EXECUTABLE_PATH;
  if (configured) {
    return configured;
  }
  try {
    return await downloadAndUnzipVSCode({ version: VSCODE_VERSION, timeout: DOWNLOAD_TIMEOUT_MS });
  } catch (error) {
    throw new Error([
      `no desktop VS Code to run: VSCODE_EXECUTABLE_PATH is not set, .vscode-test/ holds no VS Code ${VSCODE_VERSION},`,
      `and downloading it failed (${error instanceof Error ? error.message : String(error)}).`,
      'Set VSCODE_EXECUTABLE_PATH to a VS Code executable, or run the browser runner: npm run test:e2e',
    ].join(' '));
  }
}

/**
 * Starts VS Code on one run's workspace with test-electron's arguments; `--disable-workspace-trust` only for
 * trusted runs, which is why this does not call runTests (it always passes that flag).
 */
function runDesktop(executable: string, run: RunDefinition, extension: PackagedExtension): Promise<{ results: SuiteResults; activation: ActivationTimes | undefined }> {
  const scratch = makeScratch(run);
  const args = [
    scratch.workspace,
    '--no-sandbox',
    '--disable-gpu-sandbox',
    '--disable-updates',
    '--skip-welcome',
    '--skip-release-notes',
    ...(run.trusted ? ['--disable-workspace-trust'] : []),
    `--extensionDevelopmentPath=${extension.folder}`,
    `--extensionTestsPath=${suiteIndex}`,
    `--user-data-dir=${scratch.userData}`,
    `--extensions-dir=${scratch.extensions}`,
  ];
  console.log(`\n== ${run.suite} (${run.trusted ? 'trusted' : 'restricted mode'})`);
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { env: { ...process.env, [SUITE_ENV]: run.suite, [RESULTS_ENV]: scratch.results, [ACTIVATION_ENV]: scratch.activation }, stdio: 'inherit' });
    child.once('error', (error) => {
      scratch.remove();
      reject(new Error(`could not start ${executable}: ${error.message}`));
    });
    child.once('exit', (code) => {
      const results = readResults(run, scratch, code ?? undefined);
      const activation = readActivationTimes(scratch.activation);
      scratch.remove();
      resolve({ results, activation });
    });
  });
}

async function main(): Promise<number> {
  const executable = await vscodeExecutable();
  const extension = packageExtension();
  const all: SuiteResults[] = [];
  const activations: ActivationTimes[] = [];
  try {
    for (const run of RUNS.filter((candidate) => candidate.suite !== 'screenshots')) {
      const { results, activation } = await runDesktop(executable, run, extension);
      all.push(results);
      activations.push(...(activation ? [activation] : []));
    }
  } finally {
    extension.remove();
  }
  if (activations.length > 0) {
    console.log(recordActivation(`desktop VS Code (${executable})`, extension.vsixBytes, activations).summary);
  }
  for (const failure of all.flatMap((results) => results.failures)) {
    console.log(`FAILED ${failure}`);
  }
  const { passed, failed } = summarize(all);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(`e2e (desktop): ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
