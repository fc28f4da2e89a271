import Fuse, {type FuseResultMatch} from 'fuse.js';
import type {Post} from '../archive/post.js';
import {type FoldedText, fold} from './normalize.js';
import {Field} from './word-index.js';

export type Range = readonly [number, number];

/** A post the fuzzy tier found: how close (0 none, 1 exact), what to highlight, where it matched. */
export interface FuzzyHit {
	readonly post: number;
	readonly closeness: number;
	readonly titleRanges: readonly Range[];
	/** `Field` bits of the fields that matched. */
	readonly fields: number;
}

/**
fuse.js ranks well but reads every candidate in full (~2 ms over 750 titles, 25-45 ms over
10k): it is given at most this many, the posts whose names hold each query word most tightly.
*/
export const fuzzyCandidates = 100;

/** Below this closeness a hit is a guess, not a match. */
const leastCloseness = 0.4;

interface Named {
	readonly title: string;
	/** Tags, slug and authors in one string: a fuse.js key costs about as much as a title. */
	readonly names: string;
}

const keyFields: Record<string, number> = {title: Field.title, names: Field.tags | Field.slug};

/** Where one query word was found in a field: the folded positions of its characters. */
interface Found {
	readonly positions: number[];
	readonly span: number;
}

/**
Matches titles, tags, slugs and authors as fzf and glow do: each query word's characters in
order with gaps, starting at the start of a word (`blkchn` finds "Blockchain", `asyncawait`
"Async-await"), and with fuse.js's edit tolerance for a swapped or missing letter
(`cnst generics`). A cheap pass keeps the posts whose names hold every query word so, at most
`fuzzyCandidates` of them, tightest first; fuse.js ranks those. A post is as close as the better
of fuse.js's score and how tight its characters sit (`cnst` in "const": 4 of 5).
*/
export class FuzzyTier {
	// Tags, slug and authors of each post, folded, fields apart by U+0001: made by `prepare`, or on first use.
	private others: string[] | undefined;
	// Title and the rest, folded, fields apart by U+0001.
	private names: string[] | undefined;
	// Per post, a bit for each letter (a-z) and one for digits in its names, and a bit for each
	// letter that starts a word: a post lacking one of a query word's is skipped at once.
	private letters: Int32Array | undefined;
	private starts: Int32Array | undefined;

	// How many posts' names are folded so far (see `prepare`).
	private folded = 0;

	constructor(private readonly posts: readonly Post[]) {}

	/**
	Folds the posts' names until `deadline` (a `performance.now()` time); true once all are. The
	first fuzzy search does it whole otherwise: ~70 ms at 10k posts in code not yet optimised,
	which a first start's keys met, since while the index is built they are answered from names,
	which find few posts, and so ask the fuzzy tier.
	*/
	prepare(deadline: number): boolean {
		const {posts} = this;
		this.names ??= [];
		this.others ??= [];
		this.letters ??= new Int32Array(posts.length);
		this.starts ??= new Int32Array(posts.length);
		while (this.folded < posts.length) {
			const post = posts[this.folded]!;
			// Titles folded whole here, cheaply: a stored index folds a title with its character map
			// only when asked, and asking for every title cost a third of a second at 10k posts.
			const names = [post.title, ...post.tags, post.slug, ...post.authors].map(field => fold(field)).join(fieldEnd);
			this.names.push(names);
			this.others.push(names.slice(names.indexOf(fieldEnd) + 1));
			[this.letters[this.folded], this.starts[this.folded]] = masksOf(names);
			this.folded++;
			if ((this.folded & 63) === 0 && performance.now() >= deadline) {
				break;
			}
		}

		return this.folded === posts.length;
	}

	/** Posts that `allowed` passes whose names fuzzily match `words` (folded), best first. */
	find(words: readonly string[], allowed: (post: number) => boolean, title: (post: number) => FoldedText): FuzzyHit[] {
		const needles = words.filter(word => word.length >= 2);
		if (needles.length === 0) {
			return [];
		}

		this.prepare(Number.POSITIVE_INFINITY);
		const names = this.names!;
		const others = this.others!;
		const letters = this.letters!;
		const starts = this.starts!;
		let needLetters = 0;
		let needStarts = 0;
		for (const needle of needles) {
			needLetters |= masksOf(needle)[0];
			needStarts |= letterBit(needle.charCodeAt(0));
		}

		const wanted = needles.reduce((sum, word) => sum + word.length, 0);
		const reached: Array<{post: number; span: number; inTitle: Found[]}> = [];
		for (let post = 0; post < others.length; post++) {
			if ((letters[post]! & needLetters) !== needLetters || (starts[post]! & needStarts) !== needStarts || !allowed(post)) {
				continue;
			}

			let span = 0;
			const inTitle: Found[] = [];
			const whole = names[post]!;
			const folded = whole.slice(0, whole.length - others[post]!.length - 1);
			for (const needle of needles) {
				const inName = findWord(folded, needle);
				const found = inName ?? findWord(others[post]!, needle);
				if (found === undefined) {
					span = -1;
					break;
				}

				span += found.span;
				if (inName !== undefined) {
					inTitle.push(inName);
				}
			}

			if (span >= 0) {
				reached.push({post, span, inTitle});
			}
		}

		if (reached.length === 0) {
			return [];
		}

		const kept = reached.length > fuzzyCandidates ? reached.sort((a, b) => a.span - b.span || a.post - b.post).slice(0, fuzzyCandidates) : reached;
		const named: Named[] = kept.map(({post}) => {
			const {title, tags, slug, authors} = this.posts[post]!;
			return {title, names: [...tags, slug, ...authors].join(' ')};
		});
		const fuse = new Fuse(named, {
			keys: [{name: 'title', weight: 3}, {name: 'names', weight: 1}],
			includeScore: true,
			includeMatches: true,
			ignoreLocation: true,
			threshold: 0.6,
			minMatchCharLength: 2,
		});
		const byFuse = new Map(fuse.search(needles.join(' ')).map(result => [result.refIndex, result] as const));
		const hits: FuzzyHit[] = [];
		for (const [at, {post, span, inTitle}] of kept.entries()) {
			const result = byFuse.get(at);
			const tight = (wanted / span) * 0.8;
			const closeness = Math.max(tight, result === undefined ? 0 : 1 - (result.score ?? 1));
			if (closeness < leastCloseness) {
				continue;
			}

			const ranges = inTitle.length > 0 ? titleRangesFound(needles, title(post)) : titleRangesOf(result?.matches ?? [], this.posts[post]!.title);
			hits.push({post, closeness, titleRanges: ranges, fields: (inTitle.length > 0 ? Field.title : 0) | fieldsOf(result?.matches ?? [])});
		}

		// Best first, newer (earlier) posts first among equals.
		return hits.sort((a, b) => b.closeness - a.closeness || a.post - b.post);
	}
}

// Between fields: a word's characters must be in order within one tag, slug or name.
const fieldEnd = '\u0001';

/** The bit of a letter (a-z: 0-25), of any digit (26), or 0 for anything else. */
function letterBit(code: number): number {
	if (code >= 97 && code <= 122) {
		return 1 << (code - 97);
	}

	return code >= 48 && code <= 57 ? 1 << 26 : 0;
}

/** The letters a folded text holds, and those that start one of its words. */
function masksOf(text: string): [number, number] {
	let letters = 0;
	let starts = 0;
	let previous = 0;
	for (let at = 0; at < text.length; at++) {
		const code = text.charCodeAt(at);
		const bit = letterBit(code);
		letters |= bit;
		if (!isWordCharacter(previous)) {
			starts |= bit;
		}

		previous = code;
	}

	return [letters, starts];
}

function isWordCharacter(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code > 127 && code !== 0x20_19);
}

/**
The tightest place `needle` sits in `text` (folded) as characters in order, starting at the start
of a word and skipping what is not a letter or digit, within one field and at most about twice
its length; undefined when there is none.
*/
function findWord(text: string, needle: string): Found | undefined {
	const most = needle.length * 2 + 2;
	let bestStart = -1;
	let bestSpan = Number.POSITIVE_INFINITY;
	for (let start = text.indexOf(needle[0]!); start >= 0; start = text.indexOf(needle[0]!, start + 1)) {
		if (start > 0 && isWordCharacter(text.charCodeAt(start - 1))) {
			continue;
		}

		const span = spanFrom(text, needle, start, most, undefined);
		if (span > 0 && span < bestSpan) {
			bestStart = start;
			bestSpan = span;
			if (span === needle.length) {
				break;
			}
		}
	}

	if (bestStart < 0) {
		return undefined;
	}

	const positions: number[] = [];
	spanFrom(text, needle, bestStart, most, positions);
	return {positions, span: bestSpan};
}

/** How many letters and digits `needle` spans from `start`, or -1; its positions into `positions`. */
function spanFrom(text: string, needle: string, start: number, most: number, positions: number[] | undefined): number {
	positions?.push(start);
	let matched = 1;
	let span = 1;
	for (let at = start + 1; at < text.length && matched < needle.length && span < most; at++) {
		const code = text.charCodeAt(at);
		if (code === 1) {
			break;
		}

		if (!isWordCharacter(code)) {
			continue;
		}

		span++;
		if (code === needle.charCodeAt(matched)) {
			matched++;
			positions?.push(at);
		}
	}

	return matched === needle.length ? span : -1;
}

/** Each needle found again in the title as the index folded it (with its map to the original). */
function titleRangesFound(needles: readonly string[], title: FoldedText): Range[] {
	const found = needles.map(needle => findWord(title.text, needle)).filter((word): word is Found => word !== undefined);
	return rangesOf(found, title);
}

/** The matched title characters, as merged `[start, end)` ranges of the original title. */
function rangesOf(found: readonly Found[], title: FoldedText): Range[] {
	const positions = [...new Set(found.flatMap(word => word.positions))].sort((a, b) => a - b);
	const ranges: Array<[number, number]> = [];
	for (const position of positions) {
		const start = title.starts[position]!;
		const end = title.ends[position]!;
		const last = ranges.at(-1);
		if (last !== undefined && start <= last[1]) {
			last[1] = Math.max(last[1], end);
		} else {
			ranges.push([start, end]);
		}
	}

	return ranges;
}

function fieldsOf(matches: readonly FuseResultMatch[]): number {
	let bits = 0;
	for (const match of matches) {
		bits |= keyFields[match.key ?? ''] ?? 0;
	}

	return bits;
}

/** fuse.js's inclusive title ranges as `[start, end)`, kept inside the title. */
function titleRangesOf(matches: readonly FuseResultMatch[], title: string): Range[] {
	const ranges: Array<[number, number]> = [];
	for (const match of matches) {
		if (match.key !== 'title') {
			continue;
		}

		for (const [start, end] of match.indices) {
			const from = Math.max(0, start);
			const to = Math.min(title.length, end + 1);
			if (from < to) {
				ranges.push([from, to]);
			}
		}
	}

	return ranges.sort((a, b) => a[0] - b[0]);
}
