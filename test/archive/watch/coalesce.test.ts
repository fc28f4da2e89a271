import assert from 'node:assert/strict';
import {test} from 'node:test';
import {Coalescer, type Timers} from '../../../source/archive/watch/coalesce.js';

/** Timers that run only when the test moves the clock. */
function fakeClock(): Timers & {advance: (ms: number) => void} {
	let now = 0;
	let next = 0;
	const due = new Map<number, {at: number; callback: () => void}>();
	return {
		set(callback, ms) {
			const id = next++;
			due.set(id, {at: now + ms, callback});
			return id;
		},
		clear(handle) {
			due.delete(handle as number);
		},
		advance(ms) {
			const end = now + ms;
			for (;;) {
				const first = [...due.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
				if (first === undefined) {
					break;
				}

				due.delete(first[0]);
				now = first[1].at;
				first[1].callback();
			}

			now = end;
		},
	};
}

test('a burst of events is handed over once, after a quiet spell, each path once', () => {
	const clock = fakeClock();
	const flushed: string[][] = [];
	const burst = new Coalescer<string>(items => flushed.push([...items]), {quietMs: 200, maxWaitMs: 1000, timers: clock});
	burst.add('a.md');
	clock.advance(100);
	burst.add('b.md');
	clock.advance(100);
	burst.add('a.md');
	clock.advance(199);
	assert.deepEqual(flushed, []);
	assert.equal(burst.pending, true);
	clock.advance(1);
	assert.deepEqual(flushed, [['a.md', 'b.md']]);
	assert.equal(burst.pending, false);
	clock.advance(5000);
	assert.equal(flushed.length, 1);
});

test('a steady stream is still handed over at the longest wait, then starts again', () => {
	const clock = fakeClock();
	const flushed: number[][] = [];
	const burst = new Coalescer<number>(items => flushed.push([...items]), {quietMs: 200, maxWaitMs: 500, timers: clock});
	for (let event = 0; event < 10; event++) {
		burst.add(event);
		clock.advance(100);
	}

	// Events every 100 ms never leave 200 ms of quiet: the 500 ms bound hands them over.
	assert.deepEqual(flushed, [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]);
	clock.advance(1000);
	assert.deepEqual(flushed.length, 2);
});

test('flush hands over at once; stop drops what waits and takes no more', () => {
	const clock = fakeClock();
	const flushed: string[][] = [];
	const burst = new Coalescer<string>(items => flushed.push([...items]), {timers: clock});
	burst.flush();
	assert.deepEqual(flushed, []);
	burst.add('x');
	burst.flush();
	assert.deepEqual(flushed, [['x']]);
	clock.advance(10_000);
	assert.equal(flushed.length, 1);
	burst.add('y');
	burst.stop();
	burst.add('z');
	clock.advance(10_000);
	burst.flush();
	assert.deepEqual(flushed, [['x']]);
});
