import type {Post} from '../archive/post.js';
import {fold, forEachWord} from './normalize.js';
import type {WordIndex} from './word-index.js';

/**
Posts about the same thing as one post: the ones sharing its tags and its rarer words. Shared
tags count for more than shared words, since an author chose them; a rare word shared says
more than a common one (each is weighed by how few posts hold it). The work is bounded: only
posts that share a tag or one of the post's rarest words are scored, so a post of a 10,000-post
archive is answered from a few thousand postings, whatever its length.
*/

export interface Related {
	readonly post: Post;
	readonly score: number;
	/** The tags both posts carry, as the related post spells them. */
	readonly tags: readonly string[];
	/** How many of the post's rare words the related post holds too. */
	readonly words: number;
}

export interface RelatedOptions {
	/** How many posts to give back at most. */
	readonly limit?: number;
	/** How many of the post's telling words (see `rarestWords`) are looked up. */
	readonly rareWords?: number;
}

/** A tag is worth this many times a word held by as many posts. */
export const tagWeight = 3;

/** Words in more than this share of the posts say nothing about a post (`the`, `rust` on a Rust blog). */
const commonShare = 0.05;

/** In a small archive a word in a handful of posts still tells (5% of 40 posts is two). */
const fewest = 8;

/** Tags folded to their posts (positions in `posts`), for each list of posts seen. */
const tagIndexes = new WeakMap<readonly Post[], Map<string, number[]>>();

function tagIndexOf(posts: readonly Post[]): Map<string, number[]> {
	let index = tagIndexes.get(posts);
	if (index === undefined) {
		index = new Map();
		for (const [position, post] of posts.entries()) {
			for (const tag of new Set(post.tags.map(tag => fold(tag)))) {
				let holders = index.get(tag);
				if (holders === undefined) {
					holders = [];
					index.set(tag, holders);
				}

				holders.push(position);
			}
		}

		tagIndexes.set(posts, index);
	}

	return index;
}

/** The id of `word` in the index, or -1: a binary search of its sorted words. */
export function wordId(index: WordIndex, word: string): number {
	let low = 0;
	let high = index.sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (index.words[index.sorted[middle]!]! < word) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	const id = index.sorted[low];
	return id !== undefined && index.words[id] === word ? id : -1;
}

/** How much holding something in common says, for a thing `holders` posts out of `total` have. */
function rarity(holders: number, total: number): number {
	return Math.log(1 + total / holders);
}

/**
The posts most related to `post`, best first; `index` is the word index of `posts` (positions
in both agree). `post` itself (by slug) is never among them; it need not be in `posts` (a page).
Ties go to the newer post (the earlier in `posts`).
*/
export function relatedPosts(post: Post, posts: readonly Post[], index: WordIndex, options: RelatedOptions = {}): Related[] {
	const {limit = 20, rareWords = 24} = options;
	const total = posts.length;
	const scores = new Map<number, {score: number; tags: string[]; words: number}>();
	const entry = (position: number) => {
		let found = scores.get(position);
		if (found === undefined) {
			found = {score: 0, tags: [], words: 0};
			scores.set(position, found);
		}

		return found;
	};

	const tags = tagIndexOf(posts);
	for (const tag of new Set(post.tags.map(tag => fold(tag)))) {
		const holders = tags.get(tag) ?? [];
		const weight = tagWeight * rarity(holders.length, total);
		for (const position of holders) {
			const found = entry(position);
			found.score += weight;
			const spelled = posts[position]!.tags.find(candidate => fold(candidate) === tag);
			found.tags.push(spelled ?? tag);
		}
	}

	for (const id of rarestWords(post, index, total, rareWords)) {
		const start = index.offsets[id]!;
		const end = index.offsets[id + 1]!;
		const weight = rarity(end - start, total);
		for (let at = start; at < end; at++) {
			const found = entry(index.posts[at]!);
			found.score += weight;
			found.words++;
		}
	}

	const ranked: Array<Related & {readonly position: number}> = [];
	for (const [position, found] of scores) {
		const other = posts[position]!;
		if (other.slug !== post.slug) {
			ranked.push({post: other, position, score: found.score, tags: found.tags, words: found.words});
		}
	}

	ranked.sort((a, b) => b.score - a.score || a.position - b.position);
	return ranked.slice(0, limit).map(({position: _, ...related}) => related);
}

/**
Ids of the words that say most about `post`: the ones it uses often that few other posts hold
(term frequency times rarity). A word must be held by at least one other post (or it matches
nothing) and by at most `commonShare` of them; a name mentioned once in passing (the rarest
words are mostly those) weighs less than the subject the post keeps coming back to.
*/
function rarestWords(post: Post, index: WordIndex, total: number, count: number): number[] {
	const uses = new Map<string, number>();
	for (const text of [post.title, post.title, post.summary, post.body]) {
		forEachWord(fold(text), word => {
			// Two-letter words and bare numbers are noise here (list markers, years, versions).
			if (word.length > 2 && !/^\d+$/.test(word)) {
				uses.set(word, (uses.get(word) ?? 0) + 1);
			}
		});
	}

	const most = Math.max(fewest, Math.floor(total * commonShare));
	const candidates: Array<{id: number; weight: number}> = [];
	for (const [word, used] of uses) {
		const id = wordId(index, word);
		if (id === -1) {
			continue;
		}

		const holders = index.offsets[id + 1]! - index.offsets[id]!;
		if (holders >= 2 && holders <= most) {
			candidates.push({id, weight: Math.log(1 + used) * rarity(holders, total)});
		}
	}

	candidates.sort((a, b) => b.weight - a.weight || a.id - b.id);
	return candidates.slice(0, count).map(candidate => candidate.id);
}
