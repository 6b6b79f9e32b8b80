/** Opens the web workbench in headless Chromium with the extension under test, and waits for the tests' exit code. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { ScreenshotRequest } from '../protocol';
import { chromiumExecutable, repoRoot, suiteIndex } from './paths';

/** The whole suite of one run must finish within this. */
const RUN_TIMEOUT_MS = 10 * 60_000;
const SCREENSHOT_POLL_MS = 200;

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(chromiumExecutable)) {
    throw new Error(`Chromium is not installed at ${chromiumExecutable}: run scripts/provision-e2e.sh (npm run test:e2e does)`);
  }
  return chromium.launch({
    executablePath: chromiumExecutable,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The workbench URL that loads the extension from `extension` (the unpacked .vsix) and runs the compiled suite in its extension host. */
export function workbenchUrl(port: number, workspace: string, extension: string): string {
  const authority = `vscode-remote://127.0.0.1:${port}`;
  const payload = [
    ['extensionDevelopmentPath', `${authority}${extension}`],
    ['extensionTestsPath', `${authority}${suiteIndex}`],
    ['skipWelcome', 'true'],
  ];
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export interface WorkbenchRun {
  browser: Browser;
  port: number;
  workspace: string;
  /** The extension folder to load. */
  extension: string;
  /** Receives every log line of the workbench (the suite's reporter among them). */
  log: (line: string) => void;
  /** The screenshot handshake: requests appear in `requests` (SCREENSHOTS_ENV), pictures go to `out`. */
  screenshots?: ScreenshotFolders;
}

interface ScreenshotFolders {
  requests: string;
  out: string;
}

/** Runs the suite in a fresh page; resolves with the exit code the workbench reports, undefined on time-out. */
export async function runInWorkbench({ browser, port, workspace, extension, log, screenshots }: WorkbenchRun): Promise<number | undefined> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let finish: (code: number | undefined) => void = () => undefined;
  const exited = new Promise<number | undefined>((resolve) => { finish = resolve; });
  // Both must exist before the workbench loads: it looks them up once.
  await page.exposeFunction('codeAutomationLog', (level: string, message: string) => log(`[${level}] ${message}`));
  await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
  page.on('pageerror', (error) => log(`[page error] ${error.message}`));
  const timer = setTimeout(() => {
    log(`[runner] no exit after ${RUN_TIMEOUT_MS} ms`);
    finish(undefined);
  }, RUN_TIMEOUT_MS);
  const inProgress = new Set<string>();
  const poller = screenshots ? setInterval(() => void serveScreenshots(page, screenshots, inProgress, log), SCREENSHOT_POLL_MS) : undefined;
  try {
    await page.goto(workbenchUrl(port, workspace, extension));
    return await exited;
  } finally {
    clearTimeout(timer);
    clearInterval(poller);
    await context.close();
  }
}

const SCREENSHOT_STATE_TIMEOUT_MS = 20_000;

/**
 * Takes the pictures the suite asked for: once `<name>.request`'s element shows, docs/images/<name>.png,
 * then `<name>.done`; `<name>.failed` with the reason when it does not show.
 */
async function serveScreenshots(page: Page, { requests, out }: ScreenshotFolders, inProgress: Set<string>, log: (line: string) => void): Promise<void> {
  for (const file of fs.readdirSync(requests)) {
    const name = file.replace(/\.request$/, '');
    if (name === file || inProgress.has(name)) {
      continue;
    }
    inProgress.add(name);
    const requestFile = path.join(requests, file);
    try {
      const request = JSON.parse(fs.readFileSync(requestFile, 'utf8')) as ScreenshotRequest;
      await page.locator(request.selector, { hasText: request.hasText }).first().waitFor({ state: 'visible', timeout: SCREENSHOT_STATE_TIMEOUT_MS });
      const target = path.join(out, `${name}.png`);
      // Fade-ins are run to their end, so the picture never catches a half-drawn widget.
      await page.screenshot({ path: target, animations: 'disabled' });
      log(`[runner] screenshot ${path.relative(repoRoot, target)}`);
      fs.renameSync(requestFile, path.join(requests, `${name}.done`));
    } catch (error) {
      fs.writeFileSync(path.join(requests, `${name}.failed`), error instanceof Error ? error.message : String(error));
      fs.rmSync(requestFile, { force: true });
    } finally {
      inProgress.delete(name);
    }
  }
}
