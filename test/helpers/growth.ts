import assert from 'node:assert/strict';

/**
Checks that work grows about linearly with input size, without asserting any time: the same
work on an input `factor` times larger may take at most `allowed` times as long (4x larger and
8x slower passes n log n and noise; quadratic work would be 16x). Each size is timed as the
least of several alternating runs, each long enough (repeated calls) to dwarf a timer tick and a
scheduler hiccup on a loaded machine: the least is what the work costs when nothing interferes.
The input sizes must be large enough that the work, not the call, dominates.
*/
export function assertLinear(name: string, make: (size: number) => unknown, work: (input: never) => unknown, options: {readonly size: number; readonly factor?: number; readonly allowed?: number; readonly rounds?: number; readonly attempt?: number} = {size: 1000}): void {
	const factor = options.factor ?? 4;
	const allowed = options.allowed ?? 8;
	const rounds = options.rounds ?? 7;
	const small = make(options.size);
	const large = make(options.size * factor);
	const run = work as (input: unknown) => unknown;
	// Enough calls that the small input takes ~40 ms a round.
	run(small);
	run(large);
	let calls = 1;
	for (;;) {
		const started = performance.now();
		for (let call = 0; call < calls; call++) {
			run(small);
		}

		if (performance.now() - started >= 40 || calls >= 1 << 20) {
			break;
		}

		calls *= 2;
	}

	// The large input is run fewer times, so that both rounds take about as long and a busy
	// moment of the machine is as likely to hit either.
	const largeCalls = Math.max(1, Math.round(calls / factor));
	const perCall = (input: unknown, count: number): number => {
		const started = performance.now();
		for (let call = 0; call < count; call++) {
			run(input);
		}

		return (performance.now() - started) / count;
	};

	let smallBest = Number.POSITIVE_INFINITY;
	let largeBest = Number.POSITIVE_INFINITY;
	for (let round = 0; round < rounds; round++) {
		smallBest = Math.min(smallBest, perCall(small, calls));
		largeBest = Math.min(largeBest, perCall(large, largeCalls));
	}

	const ratio = largeBest / smallBest;
	// A busy machine can still spoil one measurement; quadratic work fails every attempt.
	if (ratio > allowed && (options.attempt ?? 1) < 3) {
		assertLinear(name, make, work, {...options, attempt: (options.attempt ?? 1) + 1});
		return;
	}

	assert.ok(ratio <= allowed, `${name}: ${factor}x the input took ${ratio.toFixed(1)}x the time (allowed ${allowed}x): not linear`);
}
