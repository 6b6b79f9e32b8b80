/** What each benchmark hands to the report: a titled table, the targets it checked, and notes that explain the figures. */
import { Cell } from './measure';

export interface Target {
  what: string;
  met: boolean;
}

export interface BenchSection {
  title: string;
  /** How the figures were taken, for a reader of docs/performance.md. */
  method: string;
  headers: string[];
  rows: Cell[][];
  targets: Target[];
  notes: string[];
}
