import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {createSearcher, searchPosts} from '../../source/search/rank.js';
import {highlighted, makePost, titles} from './make-post.js';

describe('searchPosts', () => {
	it('finds a word by its prefix', () => {
		const posts = [makePost({title: 'Tuning performance'}), makePost({title: 'Gardening'})];
		assert.deepEqual(titles(searchPosts(posts, 'perf')), ['Tuning performance']);
	});

	it('requires every word of the query, wherever each matches', () => {
		const posts = [
			makePost({title: 'Rust performance', body: 'A story about memory.'}),
			makePost({title: 'Rust tooling'}),
			makePost({title: 'Memory', tags: ['rust']}),
		];
		assert.deepEqual(titles(searchPosts(posts, 'rust mem')), ['Memory', 'Rust performance']);
		assert.deepEqual(titles(searchPosts(posts, 'rust zebra')), []);
	});

	it('ranks a title hit above a body-only hit, even when the body post is newer', () => {
		const posts = [
			makePost({title: 'Weekly notes', body: 'Some thoughts on consensus protocols.'}),
			makePost({title: 'Consensus without leaders'}),
		];
		assert.deepEqual(titles(searchPosts(posts, 'consensus')), ['Consensus without leaders', 'Weekly notes']);
	});

	it('ranks a tag hit above a body-only hit', () => {
		const posts = [
			makePost({title: 'Weekly notes', body: 'I tried kubernetes again.'}),
			makePost({title: 'Cluster diary', tags: ['Kubernetes']}),
		];
		assert.deepEqual(titles(searchPosts(posts, 'kube')), ['Cluster diary', 'Weekly notes']);
	});

	it('ranks a summary hit between title and body hits', () => {
		const posts = [
			makePost({title: 'One', body: 'mentions zeppelins'}),
			makePost({title: 'Two', summary: 'all about zeppelins'}),
			makePost({title: 'Zeppelins'}),
		];
		assert.deepEqual(titles(searchPosts(posts, 'zeppelin')), ['Zeppelins', 'Two', 'One']);
	});

	it('still finds a title word with a typo, above a body that has the typo itself', () => {
		const posts = [
			makePost({title: 'Notes', body: 'stabilty is misspelt here on purpose'}),
			makePost({title: 'Stability of distributed systems'}),
		];
		const matches = searchPosts(posts, 'stabilty');
		assert.deepEqual(titles(matches), ['Stability of distributed systems', 'Notes']);
		assert.deepEqual(highlighted(matches[0]!), ['Stability']);
		assert.deepEqual(titles(searchPosts(posts.slice(1), 'stabilit')), ['Stability of distributed systems']);
		assert.deepEqual(titles(searchPosts(posts.slice(1), 'satbility')), ['Stability of distributed systems']);
	});

	it('does not guess typos in short words', () => {
		const posts = [makePost({title: 'Rust'})];
		assert.deepEqual(titles(searchPosts(posts, 'rsut')), []);
	});

	it('lets newer posts (earlier in the list) win ties', () => {
		const posts = [makePost({title: 'Go in 2024', slug: 'a'}), makePost({title: 'Go in 2019', slug: 'b'}), makePost({title: 'Go in 2012', slug: 'c'})];
		assert.deepEqual(titles(searchPosts(posts, 'go')), ['Go in 2024', 'Go in 2019', 'Go in 2012']);
	});

	it('prefers an exact word over a longer word it begins', () => {
		const posts = [makePost({title: 'Gophers'}), makePost({title: 'Go'})];
		assert.deepEqual(titles(searchPosts(posts, 'go')), ['Go', 'Gophers']);
	});

	it('gives every post in the given order for an empty or blank query', () => {
		const posts = [makePost({title: 'B'}), makePost({title: 'A'}), makePost({title: 'C'})];
		for (const query of ['', '   ', '!!']) {
			const matches = searchPosts(posts, query);
			assert.deepEqual(titles(matches), ['B', 'A', 'C']);
			assert.deepEqual(matches.map(match => match.titleRanges), [[], [], []]);
		}
	});

	it('scores a one-letter query by the best field any word starting with it is in, the letter itself as an exact word', () => {
		const posts = [
			makePost({title: 'Weekly notes', slug: 'one', body: 'a lorem ipsum'}),
			makePost({title: 'Diary', slug: 'two', summary: 'Lima trip', body: 'plan L'}),
			makePost({title: 'Notes', slug: 'three', body: 'plan l'}),
			makePost({title: 'Cluster diary', slug: 'four', tags: ['Linux'], body: 'l'}),
			makePost({title: 'Lambda calculus', slug: 'five'}),
			makePost({title: 'Garden', slug: 'six', body: 'nothing here'}),
		];
		const found = searchPosts(posts, 'l');
		assert.deepEqual(found.map(match => [match.post.slug, match.score]), [['five', 7], ['four', 6], ['two', 3], ['three', 2], ['one', 1]]);
		assert.deepEqual(found.map(match => match.fields), [['title'], ['tags', 'body'], ['summary', 'body'], ['body'], ['body']]);
		// Digits are initials too, and a letter no row holds is found from postings as any word is.
		assert.deepEqual(titles(searchPosts([makePost({title: 'Rust 2024'}), makePost({title: 'Ελληνικά'}), makePost({title: 'Other'})], '2')), ['Rust 2024']);
		assert.deepEqual(titles(searchPosts([makePost({title: 'Rust 2024'}), makePost({title: 'Ελληνικά'})], 'ε')), ['Ελληνικά']);
	});

	it('ignores case and diacritics on both sides', () => {
		const posts = [makePost({title: 'Café Society'}), makePost({title: 'Über alles', body: 'NAÏVE'}), makePost({title: 'Ελληνικός καφές'})];
		assert.deepEqual(titles(searchPosts(posts, 'cafe')), ['Café Society']);
		assert.deepEqual(titles(searchPosts(posts, 'CAFÉ')), ['Café Society']);
		assert.deepEqual(titles(searchPosts(posts, 'uber naive')), ['Über alles']);
		assert.deepEqual(titles(searchPosts(posts, 'ΚΑΦΈΣ')), ['Ελληνικός καφές']);
		assert.deepEqual(highlighted(searchPosts(posts, 'cafe')[0]!), ['Café']);
	});

	it('gives title ranges as UTF-16 indices into the original title', () => {
		const [rocket] = searchPosts([makePost({title: '🚀 Launch 🚀 day: launching'})], 'launch');
		assert.deepEqual(rocket!.titleRanges, [[3, 9], [18, 24]]);
		assert.deepEqual(highlighted(rocket!), ['Launch', 'launch']);

		const [decomposed] = searchPosts([makePost({title: 'Cafe\u0301 au lait'})], 'cafe lait');
		assert.deepEqual(highlighted(decomposed!), ['Cafe\u0301', 'lait']);
	});

	it('matches Chinese and Japanese text as written, and highlights it', () => {
		const posts = [makePost({title: '東京のブログ 🍣 日記'}), makePost({title: '京都の日記'})];
		const matches = searchPosts(posts, 'ブログ');
		assert.deepEqual(titles(matches), ['東京のブログ 🍣 日記']);
		assert.deepEqual(highlighted(matches[0]!), ['ブログ']);
		assert.deepEqual(titles(searchPosts(posts, '日記')), ['東京のブログ 🍣 日記', '京都の日記']);
		assert.deepEqual(titles(searchPosts(posts, '東京の日記')), []);
	});

	it('returns at most `limit` matches, best first', () => {
		const posts = Array.from({length: 30}, (_, number) => makePost({title: `Post ${number}`, slug: `p${number}`}));
		assert.deepEqual(titles(searchPosts(posts, 'post', {limit: 3})), ['Post 0', 'Post 1', 'Post 2']);
		assert.deepEqual(titles(searchPosts(posts, '', {limit: 2})), ['Post 0', 'Post 1']);
		assert.equal(searchPosts(posts, 'post', {limit: 0}).length, 0);
		assert.equal(searchPosts(posts, 'post').length, 30);
	});

	it('matches a quoted phrase only with its words in a row', () => {
		const posts = [
			makePost({title: 'Notes', body: 'the state of the art'}),
			makePost({title: 'Art of the state'}),
		];
		assert.deepEqual(titles(searchPosts(posts, '"state of the art"')), ['Notes']);
		assert.deepEqual(titles(searchPosts(posts, '"art of th')), ['Art of the state']);
		assert.deepEqual(highlighted(searchPosts(posts, '"art of"')[0]!), ['Art of']);
	});

	it('leaves out posts with an excluded word or phrase', () => {
		const posts = [
			makePost({title: 'Rust on embedded', tags: ['draft-ideas']}),
			makePost({title: 'Rust on the web'}),
			makePost({title: 'Go on the web'}),
		];
		assert.deepEqual(titles(searchPosts(posts, 'rust -embedded')), ['Rust on the web']);
		assert.deepEqual(titles(searchPosts(posts, 'on -"the web"')), ['Rust on embedded']);
		assert.deepEqual(titles(searchPosts(posts, '-rust')), ['Go on the web']);
	});

	it('reads an unknown key:value as plain words', () => {
		const posts = [makePost({title: 'Colour theory', body: 'mode: dark'}), makePost({title: 'Dark mode'})];
		assert.deepEqual(titles(searchPosts(posts, 'mode:dark')), ['Dark mode', 'Colour theory']);
	});

	it('answers repeated and growing queries from one searcher', () => {
		const posts = [makePost({title: 'Performance'}), makePost({title: 'Perl'}), makePost({title: 'Python'})];
		const search = createSearcher(posts);
		assert.deepEqual(titles(search('p')), ['Performance', 'Perl', 'Python']);
		assert.deepEqual(titles(search('pe')), ['Performance', 'Perl']);
		assert.deepEqual(titles(search('perf')), ['Performance']);
		assert.deepEqual(titles(search('pe')), ['Performance', 'Perl']);
		assert.deepEqual(titles(search('')), ['Performance', 'Perl', 'Python']);
	});
});

const titlesOf = (ranked: ReturnType<ReturnType<typeof createSearcher>['ranked']>): string[] => Array.from({length: ranked.length}, (_, rank) => ranked.post(rank).slug);

describe('createSearcher().prepare', {timeout: 30_000}, () => {
	it('builds the index in slices and then answers as a fresh searcher does', () => {
		const posts = Array.from({length: 200}, (_, number) => makePost({title: `Post ${number}`, slug: `p${number}`, body: number % 7 === 0 ? 'a note on sevens' : 'other'}));
		const search = createSearcher(posts);
		let slices = 1;
		while (!search.prepare(0)) {
			slices++;
		}

		assert.ok(slices > 1);
		assert.equal(search.prepare(0), true);
		assert.deepEqual(titles(search('seven')), titles(searchPosts(posts, 'seven')));
		assert.equal(search('seven').length, 29);
	});

	it('answers from names while the build is under way, and fully once it is done', () => {
		const posts = Array.from({length: 300}, (_, number) => makePost({title: number === 250 ? 'Ledger notes' : `Post ${number}`, slug: `p${number}`, body: number % 10 === 0 ? 'a ledger in the body' : 'other words'}));
		const search = createSearcher(posts);
		search.prepare(0);
		const soFar = search.rankedSoFar('ledger');
		assert.equal(soFar.length, 1);
		assert.equal(soFar.post(0).title, 'Ledger notes');
		// Asking so far did not build the index on the way.
		assert.equal(search.prepare(0), false);
		while (!search.prepare(0)) {
			// Slice by slice, as the list does.
		}

		const full = search.rankedSoFar('ledger');
		assert.equal(full.length, 30);
		assert.equal(full.post(0).title, 'Ledger notes');
		assert.deepEqual(Array.from({length: full.length}, (_, rank) => full.post(rank).slug), titlesOf(search.ranked('ledger')));
	});

	it('lets a query arrive halfway through the build', () => {
		const posts = Array.from({length: 100}, (_, number) => makePost({title: `Post ${number}`, slug: `p${number}`}));
		const search = createSearcher(posts);
		search.prepare(0);
		assert.equal(search('post').length, 100);
		assert.equal(search.prepare(0), true);
	});
});
