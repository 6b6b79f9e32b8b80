/** Asks the browser runner for a picture of the workbench as it is now (see SCREENSHOTS_ENV). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SCREENSHOTS_ENV, ScreenshotRequest } from '../../protocol';
import { STATE_TIMEOUT_MS } from './wait';

export function screenshotsFolder(): string {
  const folder = process.env[SCREENSHOTS_ENV];
  if (!folder) {
    throw new Error(`${SCREENSHOTS_ENV} is not set: the screenshots suite runs under the browser runner only`);
  }
  return folder;
}

/** Resolves once docs/images/<name>.png is written; rejects with the runner's reason otherwise. */
export function takeScreenshot(name: string, request: ScreenshotRequest): Promise<void> {
  const folder = screenshotsFolder();
  const done = path.join(folder, `${name}.done`);
  const failed = path.join(folder, `${name}.failed`);
  return new Promise<void>((resolve, reject) => {
    const watcher = fs.watch(folder);
    const timer = setTimeout(() => finish(new Error(`the runner took no screenshot ${name} within ${2 * STATE_TIMEOUT_MS} ms`)), 2 * STATE_TIMEOUT_MS);
    const finish = (error?: Error) => {
      watcher.close();
      clearTimeout(timer);
      if (error) {
        reject(error);
      } else {
        resolve();
      }
    };
    const check = () => {
      if (fs.existsSync(done)) {
        finish();
      } else if (fs.existsSync(failed)) {
        finish(new Error(`screenshot ${name}: ${fs.readFileSync(failed, 'utf8')}`));
      }
    };
    watcher.on('change', check);
    // Renamed into place, so the runner never reads half a request.
    const requestFile = path.join(folder, `${name}.request`);
    fs.writeFileSync(`${requestFile}.partial`, JSON.stringify(request));
    fs.renameSync(`${requestFile}.partial`, requestFile);
    check();
  });
}
