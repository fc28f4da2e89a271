/** Median, spread and tail of a set of timings (or sizes). */
export interface Summary {
	readonly count: number;
	readonly median: number;
	readonly min: number;
	readonly max: number;
	readonly p95: number;
}

export function summarize(samples: readonly number[]): Summary {
	if (samples.length === 0) {
		return {count: 0, median: Number.NaN, min: Number.NaN, max: Number.NaN, p95: Number.NaN};
	}

	const sorted = [...samples].sort((a, b) => a - b);
	// Nearest rank: with few samples p95 is simply the largest but one or the largest, never interpolated.
	const rank = (fraction: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
	const middle = sorted.length >> 1;
	const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
	return {count: sorted.length, median, min: sorted[0]!, max: sorted.at(-1)!, p95: rank(0.95)};
}
