/** Runs a parser with stack traces off: some make an Error per problem, and garbage makes hundreds of thousands of them. */

/**
 * Capturing a stack nobody reads costs seconds and hundreds of megabytes on a large file of garbage; the work
 * is synchronous, so the global setting is back before anything else runs.
 */
export function withoutStackTraces<T>(work: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return work();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
