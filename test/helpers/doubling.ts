/**
How a function's time grows when its input doubles: the fastest of several runs at size n and
at 2n (other work on the machine only ever adds time, so the fastest run is the least disturbed).
Absolute times are never compared (machines are noisy); a linear function stays near 2, a
quadratic one near 4. A noisy sample is measured again, up to five times, before it counts as a
failure: a run beside a full test run and a type check once saw 4.9 for a linear conversion.
*/

function fastest(values: number[]): number {
	return Math.min(...values);
}

function timeOf(run: () => unknown, runs: number): number {
	const times: number[] = [];
	for (let index = 0; index < runs; index++) {
		const start = process.hrtime.bigint();
		run();
		times.push(Number(process.hrtime.bigint() - start));
	}

	return fastest(times);
}

/** The smallest ratio time(2n) / time(n) seen over a few attempts. */
export function doublingRatio(make: (size: number) => () => unknown, size: number, {runs = 5, attempts = 5} = {}): number {
	const small = make(size);
	const large = make(size * 2);
	small();
	large();
	let best = Number.POSITIVE_INFINITY;
	for (let attempt = 0; attempt < attempts && best > 2.5; attempt++) {
		best = Math.min(best, timeOf(large, runs) / timeOf(small, runs));
	}

	return best;
}

/** Async variant: `make(size)` returns a function whose promise is awaited. */
export async function doublingRatioAsync(make: (size: number) => () => Promise<unknown>, size: number, {runs = 5, attempts = 5} = {}): Promise<number> {
	const measure = async (run: () => Promise<unknown>) => {
		const times: number[] = [];
		for (let index = 0; index < runs; index++) {
			const start = process.hrtime.bigint();
			await run();
			times.push(Number(process.hrtime.bigint() - start));
		}

		return fastest(times);
	};

	const small = make(size);
	const large = make(size * 2);
	await small();
	await large();
	let best = Number.POSITIVE_INFINITY;
	for (let attempt = 0; attempt < attempts && best > 2.5; attempt++) {
		best = Math.min(best, await measure(large) / await measure(small));
	}

	return best;
}
