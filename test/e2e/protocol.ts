/** What the runners and the suite running inside VS Code tell each other: environment variable names and the results file. */

/** Which folder of suite/ to run: `main`, `restricted`, `screenshots` or `activation`. */
export const SUITE_ENV = 'SIPMON_E2E_SUITE';

/** Where the suite writes its {@link SuiteResults} as JSON, for the runner's closing line. */
export const RESULTS_ENV = 'SIPMON_E2E_RESULTS';

/**
 * A folder through which the screenshot suite asks the browser runner for a picture: it writes
 * `<name>.request` (a {@link ScreenshotRequest}) once it has put the workbench in the state, and waits for
 * `<name>.done`, or `<name>.failed` holding the reason.
 */
export const SCREENSHOTS_ENV = 'SIPMON_E2E_SCREENSHOTS';

/** The element the picture must show: the runner waits until it is visible (and holds `hasText`) before taking it. */
export interface ScreenshotRequest {
  selector: string;
  hasText: string;
}

export type SuiteName = 'main' | 'restricted' | 'screenshots' | 'activation';

/** Where the activation suite writes the {@link ActivationTimes} VS Code recorded for the extension, as JSON. */
export const ACTIVATION_ENV = 'SIPMON_E2E_ACTIVATION';

/** VS Code's own activation figures for one extension (its Startup Performance report), in milliseconds. */
export interface ActivationTimes {
  /** Loading the main module (`codeLoadingTime`). */
  loadCode: number;
  /** Running activate() until it returned its promise (`activateCallTime`). */
  callActivate: number;
  /** From then until that promise resolved (`activateResolvedTime`): our activate() awaits the language server's start. */
  finishActivate: number;
  /** The event that activated it. */
  event: string;
}

export interface SuiteResults {
  suite: SuiteName;
  passed: number;
  failed: number;
  /** Full titles of the failed tests, with their error messages. */
  failures: string[];
}

/** Marks the suite's report lines among everything else the workbench logs. */
export const REPORT_PREFIX = 'sipmon-e2e| ';
