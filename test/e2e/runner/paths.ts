/** Where the runners find the extension, the example workspaces, the cached code-server, the screenshots' folder and the activation record. */
import * as path from 'node:path';

/** The repository root: this file is compiled to out/test/e2e/runner/. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** The compiled suite entry point (`extensionTestsPath`). */
export const suiteIndex = path.join(repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js');

export const e2eWorkspace = path.join(repoRoot, 'test', 'e2e-workspace');
export const examplesWorkspace = path.join(repoRoot, 'examples');
/** A workspace whose only Sipmon file activates the extension when it opens (nothing activates it at start-up). */
export const activationWorkspace = path.join(repoRoot, 'test', 'e2e-activation');
export const screenshotsFolder = path.join(repoRoot, 'docs', 'images');

/** The activation times of the last activation runs (git-ignored), with the run they came from: the package benchmark reads them. */
export const activationRecord = path.join(repoRoot, '.cache', 'e2e', 'activation.json');

/** Installed by scripts/provision-e2e.sh. */
export const codeServerExecutable = path.join(repoRoot, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
export const chromiumExecutable = process.env.SIPMON_E2E_CHROMIUM ?? '/usr/bin/chromium';
