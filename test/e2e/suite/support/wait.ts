/** Waiting for the editor to reach a state: on its events, with a time limit, never a fixed sleep. */
import { Disposable, Event } from 'vscode';

/** How long a state may take to appear before the test fails with what was seen instead. */
export const STATE_TIMEOUT_MS = 20_000;

/**
 * Resolves with the first value `probe` returns that is not undefined, checking now and on every `event`.
 * Rejects after `timeoutMs` with `describe()` of what was there, so a failure says what the editor showed.
 */
export function waitFor<T, E>(
  event: Event<E>,
  probe: (event?: E) => T | undefined,
  describe: () => string,
  timeoutMs = STATE_TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let subscription: Disposable | undefined;
    let timer: NodeJS.Timeout | undefined;
    const finish = (settle: () => void) => {
      subscription?.dispose();
      clearTimeout(timer);
      settle();
    };
    const check = (fired?: E): boolean => {
      let value: T | undefined;
      try {
        value = probe(fired);
      } catch (error) {
        finish(() => reject(error));
        return true;
      }
      if (value !== undefined) {
        finish(() => resolve(value as T));
        return true;
      }
      return false;
    };
    if (check()) {
      return;
    }
    subscription = event((fired) => { check(fired); });
    timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms; ${describe()}`))), timeoutMs);
  });
}
