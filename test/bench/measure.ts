/** Timing helpers for the benchmarks: medians of repeated runs, percentiles, and a plain-text table. */

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function timeMs(work: () => unknown): number {
  const started = nowMs();
  work();
  return nowMs() - started;
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** The median of `runs` timings of `work`, after `warmUps` unmeasured runs (the JIT compiles the hot code in the first ones). */
export function medianMs(runs: number, work: () => unknown, warmUps = 1): number {
  for (let run = 0; run < warmUps; run++) {
    work();
  }
  return median(Array.from({ length: runs }, () => timeMs(work)));
}

export type Cell = string | number;

/** Rounds for display: integers as they are, small numbers with two decimals. */
export function show(value: Cell): string {
  if (typeof value === 'string') {
    return value;
  }
  return Number.isInteger(value) || Math.abs(value) >= 100 ? String(Math.round(value)) : value.toFixed(2);
}

/** A GitHub-flavoured Markdown table, which also reads well in a terminal. */
export function markdownTable(headers: readonly string[], rows: readonly Cell[][]): string {
  const cells = [headers.map(String), ...rows.map((row) => row.map(show))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(cells[0]), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}
