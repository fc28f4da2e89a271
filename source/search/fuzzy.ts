import Fuse, {type FuseResultMatch} from 'fuse.js';
import type {Post} from '../archive/post.js';
import {fold} from './normalize.js';
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
10k): it is given at most this many, those whose names hold the query's characters in order.
*/
export const fuzzyCandidates = 1000;

/** A fuse.js score above this is a guess, not a match (0 is exact, 1 anything). */
const worstScore = 0.75;

// Letters and digits only: "Async-await" and "asyncawait" are the same characters in order.
const notAlphanumeric = /[^\p{L}\p{N}]+/gu;

interface Named {
	readonly title: string;
	readonly tags: readonly string[];
	readonly slug: string;
	readonly authors: readonly string[];
}

const keyFields: Record<string, number> = {title: Field.title, tags: Field.tags, slug: Field.slug, authors: Field.authors};

/**
Matches titles, tags, slugs and authors as fzf and glow do: the query's characters in order with
gaps (`blkchn` finds "Blockchain"), and with fuse.js's edit tolerance for a swapped or missing
letter (`cnst generics`). A cheap pass over one compact, folded string a post (built on first
use) keeps only the posts whose names hold the query's characters in order, tightest first; fuse.js
then ranks those and says which title characters matched.
*/
export class FuzzyTier {
	private compact: string[] | undefined;

	constructor(private readonly posts: readonly Post[]) {}

	/** Posts that `allowed` passes whose names fuzzily match `words` (folded), best first. */
	find(words: readonly string[], allowed: (post: number) => boolean): FuzzyHit[] {
		const needle = words.join('');
		if (needle.length < 2) {
			return [];
		}

		const column = (this.compact ??= this.posts.map(post => compactOf(post)));
		const reached: Array<readonly [number, number]> = [];
		for (let post = 0; post < column.length; post++) {
			if (allowed(post)) {
				const end = subsequenceEnd(column[post]!, needle);
				if (end >= 0) {
					reached.push([post, end]);
				}
			}
		}

		if (reached.length === 0) {
			return [];
		}

		const kept = reached.length > fuzzyCandidates ? reached.sort((a, b) => a[1] - b[1] || a[0] - b[0]).slice(0, fuzzyCandidates) : reached;
		const named: Named[] = kept.map(([post]) => {
			const {title, tags, slug, authors} = this.posts[post]!;
			return {title, tags, slug, authors};
		});
		const fuse = new Fuse(named, {
			keys: [{name: 'title', weight: 3}, {name: 'tags', weight: 1}, {name: 'slug', weight: 1}, {name: 'authors', weight: 1}],
			includeScore: true,
			includeMatches: true,
			ignoreLocation: true,
			threshold: 0.6,
			minMatchCharLength: 2,
		});
		const hits: FuzzyHit[] = [];
		for (const result of fuse.search(words.join(' '))) {
			const score = result.score ?? 1;
			if (score > worstScore) {
				continue;
			}

			const post = kept[result.refIndex]![0];
			hits.push({post, closeness: 1 - score, titleRanges: titleRangesOf(result.matches ?? [], this.posts[post]!.title), fields: fieldsOf(result.matches ?? [])});
		}

		// Best first, newer (earlier) posts first among equals, whatever order fuse.js kept.
		return hits.sort((a, b) => b.closeness - a.closeness || a.post - b.post);
	}
}

// Between fields: the characters must be in order within one title, tag, slug or name.
const fieldEnd = '\u0001';

function compactOf(post: Post): string {
	return [post.title, ...post.tags, post.slug, ...post.authors].map(field => fold(field).replace(notAlphanumeric, '')).join(fieldEnd);
}

/**
Where `needle` first ends as a subsequence of one field of `text` (characters in order, gaps
allowed), or -1. Taking each character at its first chance finds a subsequence if there is one.
*/
function subsequenceEnd(text: string, needle: string): number {
	const end = fieldEnd.charCodeAt(0);
	let matched = 0;
	let wanted = needle.charCodeAt(0);
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === end) {
			matched = 0;
			wanted = needle.charCodeAt(0);
		} else if (code === wanted) {
			matched++;
			if (matched === needle.length) {
				return index + 1;
			}

			wanted = needle.charCodeAt(matched);
		}
	}

	return -1;
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
