/** The runs of the suite: which folder of suite/ runs against which workspace, trusted or not; and a scratch copy for each. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SuiteName, SuiteResults } from '../protocol';
import { activationWorkspace, e2eWorkspace, examplesWorkspace } from './paths';

export interface RunDefinition {
  suite: SuiteName;
  /** The folder copied to a scratch place and opened: tests edit and save files. */
  workspace: string;
  /** False opens the workspace in restricted mode. */
  trusted: boolean;
}

export const RUNS: readonly RunDefinition[] = [
  { suite: 'main', workspace: e2eWorkspace, trusted: true },
  { suite: 'restricted', workspace: e2eWorkspace, trusted: false },
  { suite: 'screenshots', workspace: examplesWorkspace, trusted: true },
  { suite: 'activation', workspace: activationWorkspace, trusted: true },
];

/** A scratch folder for one run: a copy of its workspace, the editor's profile, the results file. */
export interface Scratch {
  root: string;
  workspace: string;
  userData: string;
  extensions: string;
  results: string;
  /** Where the activation suite writes VS Code's activation times. */
  activation: string;
  remove(): void;
}

export function makeScratch(run: RunDefinition): Scratch {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `sipmon-e2e-${run.suite}-`));
  // Named as the source folder: the name shows in the window title and the screenshots.
  const workspace = path.join(root, path.basename(run.workspace));
  fs.cpSync(run.workspace, workspace, { recursive: true });
  const scratch: Scratch = {
    root,
    workspace,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    results: path.join(root, 'results.json'),
    activation: path.join(root, 'activation.json'),
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
  fs.mkdirSync(path.join(scratch.userData, 'User'), { recursive: true });
  fs.mkdirSync(scratch.extensions, { recursive: true });
  // Quiet, predictable workbench: no welcome page, tips, update checks or telemetry; a cursor that is always drawn.
  fs.writeFileSync(path.join(scratch.userData, 'User', 'settings.json'), JSON.stringify({
    'editor.cursorBlinking': 'solid',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'git.enabled': false,
  }, null, 2));
  return scratch;
}

/** The results the suite wrote, or a failure that says why there are none. */
export function readResults(run: RunDefinition, scratch: Scratch, exitCode: number | undefined): SuiteResults {
  if (fs.existsSync(scratch.results)) {
    return JSON.parse(fs.readFileSync(scratch.results, 'utf8')) as SuiteResults;
  }
  const why = exitCode === undefined ? 'the editor never reported an exit' : `the editor exited with ${exitCode} before the suite reported`;
  return { suite: run.suite, passed: 0, failed: 1, failures: [`${run.suite}: ${why}`] };
}

export function summarize(all: readonly SuiteResults[]): { passed: number; failed: number } {
  return {
    passed: all.reduce((sum, results) => sum + results.passed, 0),
    failed: all.reduce((sum, results) => sum + results.failed, 0),
  };
}
