import type {Post} from '../archive/post.js';
import {scorePhrase, scoreWord, type TermHits} from './match-terms.js';
import type {Term} from './query.js';
import type {WordIndex} from './word-index.js';

/** The posts that hold every word of a query and what each word scored in each of them. */
export interface WordRanking {
	/** Posts every word matched, in ascending position. */
	readonly found: Int32Array;
	/** Each include term's score per post, in scoring order (see `scoringOrder`). */
	readonly termScores: readonly Uint8Array[];
	/** Each include term's fields (`Field` bits) per post, alongside `termScores`. */
	readonly termFields: readonly Uint8Array[];
	/** The sum of the terms' scores of each post found (0 for the others). */
	readonly total: Float64Array;
}

export interface WordQuery {
	readonly include: readonly Term[];
	readonly exclude: readonly Term[];
	/** The caller's `where` and the query's filters together. */
	readonly where?: ((post: Post) => boolean) | undefined;
}

// Words first: phrases read text, so they run last, over the fewest posts.
function scoringOrder(include: readonly Term[]): Term[] {
	return [...include].sort((a, b) => (a.kind === b.kind ? 0 : (a.kind === 'word' ? -1 : 1)));
}

export function scoreTerm(index: WordIndex, posts: readonly Post[], term: Term, wanted: (post: number) => boolean, typos: boolean): TermHits {
	return term.kind === 'word' ? scoreWord(index, term.word, posts.length, typos) : scorePhrase(index, posts, term.words, wanted, term.number === true);
}

/**
Every post holding all the include terms and none of the excluded ones. The first term's hits
are the candidates and each later term (and each exclusion) only narrows that list: a post is
looked at again only while it is still in the running.
*/
export function fresh(index: WordIndex, posts: readonly Post[], {include, exclude, where}: WordQuery): WordRanking {
	const count = posts.length;
	const total = new Float64Array(count);
	// How many include terms each post has matched, for a phrase's `wanted`: a post drops out at its first miss.
	const matched = new Int32Array(count);
	const passes = (post: number): boolean => where === undefined || where(posts[post]!);
	const termScores: Uint8Array[] = [];
	const termFields: Uint8Array[] = [];
	// Without include terms (`-word` alone) every post the filters pass is a candidate.
	let running = include.length === 0 ? allPassing(count, passes) : new Int32Array(0);
	for (const [position, term] of scoringOrder(include).entries()) {
		const hits = scoreTerm(index, posts, term, position === 0 ? passes : post => matched[post] === position, true);
		const best = hits.scores;
		termScores.push(best);
		termFields.push(hits.fields);
		let alive = 0;
		if (position === 0) {
			running = new Int32Array(count);
			for (let post = 0; post < count; post++) {
				if (best[post]! > 0 && passes(post)) {
					matched[post] = 1;
					total[post] = best[post]!;
					running[alive++] = post;
				}
			}
		} else {
			// Kept in place: a post is written at or before where it was read.
			for (const post of running) {
				if (best[post]! > 0) {
					matched[post] = position + 1;
					total[post] = total[post]! + best[post]!;
					running[alive++] = post;
				}
			}
		}

		running = running.subarray(0, alive);
		if (alive === 0) {
			return {found: new Int32Array(0), termScores, termFields, total};
		}
	}

	for (const term of exclude) {
		const hit = scoreTerm(index, posts, term, post => matched[post] === include.length, false).scores;
		let alive = 0;
		for (const post of running) {
			if (hit[post] === 0) {
				running[alive++] = post;
			} else {
				matched[post] = -1;
			}
		}

		running = running.subarray(0, alive);
	}

	// Scores of posts left out by an exclusion stay in `total`: nothing reads a post not found.
	return {found: trimmed(running), termScores, termFields, total};
}

/**
The posts found, copied out of a larger array only when that frees much of it: a key typed
mostly keeps most of the posts, and at 100k each copy was 400 KB more to allocate and collect.
*/
function trimmed(found: Int32Array): Int32Array {
	return found.length * 4 >= found.buffer.byteLength / Int32Array.BYTES_PER_ELEMENT * 3 ? found : found.slice();
}

function allPassing(count: number, passes: (post: number) => boolean): Int32Array {
	const all = new Int32Array(count);
	let alive = 0;
	for (let post = 0; post < count; post++) {
		if (passes(post)) {
			all[alive++] = post;
		}
	}

	return all.subarray(0, alive);
}

/**
The ranking of a query that only grew since `previous` (see `onlyGrew`): its last word scored
again, over the posts found before.
*/
export function narrowed(index: WordIndex, previous: WordRanking, last: string): WordRanking {
	const count = previous.total.length;
	const lastHits = scoreWord(index, last, count, true);
	const termScores = [...previous.termScores.slice(0, -1), lastHits.scores];
	const termFields = [...previous.termFields.slice(0, -1), lastHits.fields];
	const lastScores = lastHits.scores;
	const total = new Float64Array(count);
	const kept = new Int32Array(previous.found.length);
	let alive = 0;
	for (const post of previous.found) {
		if (lastScores[post]! > 0) {
			// Summed in the order a fresh ranking adds them, so the totals are the very same numbers.
			let sum = 0;
			for (const scores of termScores) {
				sum += scores[post]!;
			}

			total[post] = sum;
			kept[alive++] = post;
		}
	}

	return {found: trimmed(kept.subarray(0, alive)), termScores, termFields, total};
}
