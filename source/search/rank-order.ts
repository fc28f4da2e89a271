/**
A query's matches best first, as positions in the searched posts. The rows a list can show are
ordered when the ranking is made; the rest only when a rank past them is asked for (a scroll, a
command printing every match): a one-letter query matches nearly every post of a large archive,
and ordering all of them was most of what its keystroke cost.
*/
export interface RankOrder {
	readonly length: number;
	/** The post at `rank` (0 is the best). */
	at(rank: number): number;
}

/**
How many ranks are ordered at once: more than a tall terminal's list shows, so the first screens
never wait. Asking for a rank past them orders all.
*/
export const headRanks = 256;

/** An order made in full, for short lists (the fuzzy tier's merge) and for tests. */
export function fullOrder(order: Int32Array): RankOrder {
	return {length: order.length, at: rank => order[rank]!};
}

/**
`found` (ascending) by score, highest first, ties in ascending position (newer posts first).
The first `head` ranks are picked now; all of them are sorted on first need beyond those.
*/
export function bestFirst(found: Int32Array, total: Float64Array, head = headRanks): RankOrder {
	if (found.length <= head) {
		return fullOrder(sortedByScore(found, total));
	}

	const counts = scoreCounts(found, total);
	if (counts === undefined) {
		return fullOrder(sortedByScore(found, total));
	}

	const first = topRanks(found, total, counts, head);
	let all: Int32Array | undefined;
	return {
		length: found.length,
		at(rank) {
			if (rank < first.length) {
				return first[rank]!;
			}

			all ??= countingSort(found, total, counts);
			return all[rank]!;
		},
	};
}

/** All of `found` in order: by a counting sort when the scores allow one. */
export function sortedByScore(found: Int32Array, total: Float64Array): Int32Array {
	const counts = scoreCounts(found, total);
	return counts === undefined ? generalSort(found, total) : countingSort(found, total, counts);
}

/**
How many posts have each score, indexed by score: scores are small whole numbers (sums of the
per-field points, an exact title's bonus), so buckets replace comparisons. Undefined when a
score is not such a number (the fuzzy tier's closeness), for the general sort.
*/
function scoreCounts(found: Int32Array, total: Float64Array): Int32Array | undefined {
	let counts = new Int32Array(64);
	for (const post of found) {
		const score = total[post]!;
		if (!Number.isInteger(score) || score < 0 || score > 1_000_000) {
			return undefined;
		}

		if (score >= counts.length) {
			const grown = new Int32Array(Math.max(score + 1, counts.length * 2));
			grown.set(counts);
			counts = grown;
		}

		counts[score]!++;
	}

	return counts;
}

function generalSort(found: Int32Array, total: Float64Array): Int32Array {
	return Int32Array.from([...found].sort((a, b) => total[b]! - total[a]! || a - b));
}

/** Every post of `found` placed by its score's bucket, highest first; a bucket keeps `found`'s order. */
function countingSort(found: Int32Array, total: Float64Array, counts: Int32Array): Int32Array {
	const starts = new Int32Array(counts.length);
	let next = 0;
	for (let score = counts.length - 1; score >= 0; score--) {
		starts[score] = next;
		next += counts[score]!;
	}

	const order = new Int32Array(found.length);
	for (const post of found) {
		order[starts[total[post]!]!++] = post;
	}

	return order;
}

/**
The first `head` ranks only. Every post scoring above the lowest score among them is taken, and
of that lowest score the first ones in `found`'s order, as many as are left: the scan of `found`
stops once both are complete, and only those posts are placed.
*/
function topRanks(found: Int32Array, total: Float64Array, counts: Int32Array, head: number): Int32Array {
	let lowest = counts.length - 1;
	let above = 0;
	while (above + counts[lowest]! < head) {
		above += counts[lowest]!;
		lowest--;
	}

	// Places within the head: each score above `lowest` from its bucket's start, `lowest` last.
	const starts = new Int32Array(counts.length);
	let next = 0;
	for (let score = counts.length - 1; score >= lowest; score--) {
		starts[score] = next;
		next += counts[score]!;
	}

	const order = new Int32Array(head);
	let wantedAbove = above;
	let wantedLowest = head - above;
	for (let at = 0; at < found.length && (wantedAbove > 0 || wantedLowest > 0); at++) {
		const post = found[at]!;
		const score = total[post]!;
		if (score > lowest) {
			order[starts[score]!++] = post;
			wantedAbove--;
		} else if (score === lowest && wantedLowest > 0) {
			order[starts[score]!++] = post;
			wantedLowest--;
		}
	}

	return order;
}

/** Two lists each best first, merged best first; on a tie the first list's post comes first. */
export function mergeByScore(first: RankOrder, second: Int32Array, total: Float64Array): RankOrder {
	const merged = new Int32Array(first.length + second.length);
	let a = 0;
	let b = 0;
	for (let at = 0; at < merged.length; at++) {
		merged[at] = b >= second.length || (a < first.length && total[first.at(a)]! >= total[second[b]!]!) ? first.at(a++) : second[b++]!;
	}

	return fullOrder(merged);
}
