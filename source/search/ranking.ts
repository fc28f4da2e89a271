import type {Post} from '../archive/post.js';
import type {FuzzyHit, FuzzyTier} from './fuzzy.js';
import {fold, forEachWord, isAscii} from './normalize.js';
import type {Term} from './query.js';
import {bestFirst, mergeByScore, type RankOrder} from './rank-order.js';
import {fresh, narrowed, scoreTerm, type WordQuery, type WordRanking} from './rank-words.js';
import {typoMinLength} from './typo.js';
import type {WordIndex} from './word-index.js';

export interface RankQuery extends WordQuery {
	/** What `where` is made of, to tell whether two queries search the same posts. */
	readonly scope: readonly unknown[];
}

/** One query's ranking, kept so that the next query, when it only grew, can start from it. */
export interface Ranking extends WordRanking {
	readonly query: RankQuery;
	/** Word hits and fuzzy hits, best first (`found` holds the word hits only). */
	readonly order: RankOrder;
	/** The fuzzy tier's hits, by post. */
	readonly fuzzy: ReadonlyMap<number, FuzzyHit>;
}

/**
When the words match fewer posts than this, the fuzzy tier looks for more: a query whose words
find plenty meant those words, and a short one would make the fuzzy tier read every post.
*/
export const fuzzyBelow = 50;

/** Added to the score of a post whose title or slug is exactly the query: it always wins. */
const exactBonus = 100;

/**
Ranks best first, newest first among equals. Several million postings for a one-letter query at
10k posts: typed arrays, no per-post objects. When the query only grew since `previous`, only
the last word is scored again, and only the posts that matched before are looked at. Only the
first screens of the order are sorted here (see `bestFirst`). The fuzzy tier is asked afresh
each time (it only runs when the words found few posts).
*/
export function rank(index: WordIndex, posts: readonly Post[], query: RankQuery, fuzzy: FuzzyTier, previous?: Ranking): Ranking {
	const found = previous !== undefined && onlyGrew(previous.query, query) ? narrowed(index, previous, lastWord(query)) : fresh(index, posts, query);
	const words = query.include.flatMap(term => (term.kind === 'word' ? [term.word] : term.words));
	rewardExact(index, posts, found, words, query.include.length);
	const order = bestFirst(found.found, found.total);
	// A quoted phrase asks for exactly those words, and a one-letter word would match anything:
	// no guessing then. A number is guessed at as its digits (`1.0` as "10").
	const guesses = query.include.map(term => (term.kind === 'word' ? term.word : (term.number === true ? term.words.join('') : '')));
	const guess = found.found.length < fuzzyBelow && guesses.every(word => word.length >= 2);
	const hits = guess ? fuzzyHits(index, posts, query, found, guesses, fuzzy) : [];
	const byPost = new Map<number, FuzzyHit>();
	if (hits.length === 0) {
		return {...found, query, order, fuzzy: byPost};
	}

	// A fuzzy hit is worth at most what an author or summary hit of every term is: below the
	// words found in titles, tags and slugs, above those found only in bodies.
	const scale = 4 * query.include.length;
	for (const hit of hits) {
		byPost.set(hit.post, hit);
		found.total[hit.post] = Math.round(hit.closeness * scale * 1000) / 1000;
	}

	return {...found, query, order: mergeByScore(order, Int32Array.from(hits, hit => hit.post), found.total), fuzzy: byPost};
}

function lastWord(query: RankQuery): string {
	return (query.include.at(-1) as Extract<Term, {kind: 'word'}>).word;
}

/**
Whether every post `query` matches is among those `before` matched, with the same scores for
all words but the last: the same posts searched, the same exclusions, and the last word only
longer. Typo matching starts at five letters, so a query that crosses that length may match
more, not less.
*/
function onlyGrew(before: RankQuery, query: RankQuery): boolean {
	const {include} = query;
	if (include.length === 0 || include.length !== before.include.length || query.scope.some((part, at) => part !== before.scope[at])) {
		return false;
	}

	if (JSON.stringify(before.exclude) !== JSON.stringify(query.exclude)) {
		return false;
	}

	for (const [position, term] of include.entries()) {
		const old = before.include[position]!;
		if (term.kind !== 'word' || old.kind !== 'word') {
			return false;
		}

		const last = position === include.length - 1;
		if (!last && term.word !== old.word) {
			return false;
		}

		if (last && (!term.word.startsWith(old.word) || (old.word.length < typoMinLength && term.word.length >= typoMinLength))) {
			return false;
		}
	}

	return true;
}

/**
Gives the exact-title and exact-slug bonus. Such a post scores the most a term can in its title
(10, or 9 in a slug) for every term, so only posts that high are compared.
*/
function rewardExact(index: WordIndex, posts: readonly Post[], found: WordRanking, words: readonly string[], terms: number): void {
	const wanted = words.join(' ');
	// An ASCII text folds to itself in lower case, so it can be the query only if it holds the first
	// word: tested without folding or splitting it (a 6-letter query is as long as every slug of a
	// numbered archive, and folding thousands of them a keystroke was garbage to collect).
	const first = new RegExp(escapeRegExp(words[0] ?? ''), 'i');
	const mayBe = (text: string) => text.length >= wanted.length - 2 && text.length <= wanted.length * 2 + 8 && (first.test(text) || !isAscii(text));
	for (const post of found.found) {
		if (found.total[post]! < 9 * terms) {
			continue;
		}

		// Only a title or slug about as long as the query can be it: most are skipped unread.
		const {slug, title} = posts[post]!;
		if ((mayBe(title) && index.title(post).words.join(' ') === wanted) || (mayBe(slug) && wordsIn(slug) === wanted)) {
			found.total[post] = found.total[post]! + exactBonus;
		}
	}
}

function escapeRegExp(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordsIn(text: string): string {
	const found: string[] = [];
	forEachWord(fold(text), word => {
		found.push(word);
	});
	return found.join(' ');
}

/** The fuzzy tier's hits among the posts the words did not find, leaving out excluded ones. */
function fuzzyHits(index: WordIndex, posts: readonly Post[], query: RankQuery, found: WordRanking, words: readonly string[], fuzzy: FuzzyTier): FuzzyHit[] {
	const taken = new Uint8Array(posts.length);
	for (const post of found.found) {
		taken[post] = 1;
	}

	const {where} = query;
	const allowed = (post: number) => taken[post] === 0 && (where === undefined || where(posts[post]!));
	let hits = fuzzy.find(words, allowed, post => index.title(post));
	if (hits.length > 0 && query.exclude.length > 0) {
		const candidates = new Set(hits.map(hit => hit.post));
		for (const term of query.exclude) {
			const excluded = scoreTerm(index, posts, term, post => candidates.has(post), false).scores;
			hits = hits.filter(hit => excluded[hit.post] === 0);
		}
	}

	return hits;
}
