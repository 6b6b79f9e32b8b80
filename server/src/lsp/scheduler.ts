/** Debounced work per key (a document URI): a newer request for the same key replaces the pending one. */

export class Scheduler {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  schedule(key: string, delayMs: number, work: () => void): void {
    this.cancel(key);
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      work();
    }, delayMs));
  }

  cancel(key: string): void {
    const timer = this.pending.get(key);
    if (timer) {
      clearTimeout(timer);
      this.pending.delete(key);
    }
  }

  cancelAll(): void {
    for (const timer of this.pending.values()) {
      clearTimeout(timer);
    }
    this.pending.clear();
  }
}
