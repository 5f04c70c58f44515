/** Small measuring helpers shared by the benchmark's parts. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function timeEach<T>(items: T[], work: (item: T) => unknown): { p50: number; p99: number; mean: number } {
  const times = items.map((item) => {
    const start = process.hrtime.bigint();
    work(item);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), mean: times.reduce((a, b) => a + b, 0) / times.length };
}

export const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
