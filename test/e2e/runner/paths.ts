/** Where the runners find the extension, the example workspaces, the cached code-server and the screenshots' folder. */
import * as path from 'node:path';

/** The repository root: this file is compiled to out/test/e2e/runner/. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** The compiled suite entry point (`extensionTestsPath`). */
export const suiteIndex = path.join(repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js');

export const e2eWorkspace = path.join(repoRoot, 'test', 'e2e-workspace');
export const examplesWorkspace = path.join(repoRoot, 'examples');
export const screenshotsFolder = path.join(repoRoot, 'docs', 'images');

/** Installed by scripts/provision-e2e.sh. */
export const codeServerExecutable = path.join(repoRoot, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
export const chromiumExecutable = process.env.SIPMON_E2E_CHROMIUM ?? '/usr/bin/chromium';
