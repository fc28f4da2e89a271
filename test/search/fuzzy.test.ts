import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {createSearcher, searchPosts} from '../../source/search/rank.js';
import {highlighted, makePost, titles} from './make-post.js';

const blockchain = makePost({title: 'Blockchain Technologies and the P2P Paradigm', slug: 'blockchain', tags: ['p2p', 'commons'], date: '2017-02-03', body: 'Michel Bauwens defines P2P.'});
const generics = makePost({title: 'Const generics MVP hits beta!', slug: 'const-generics-mvp-beta', date: '2021-02-26', authors: ['The const generics project group']});
const asyncAwait = makePost({title: 'Async-await hits beta!', slug: 'async-await-hits-beta', date: '2019-09-30'});
const gardening = makePost({title: 'Gardening notes', slug: 'gardening', date: '2018-01-01', body: 'blocks of soil'});
const posts = [generics, asyncAwait, gardening, blockchain];

describe('fuzzy matching of names', () => {
	it('finds characters in order with gaps, and highlights them', () => {
		const [match] = searchPosts(posts, 'blkchn');
		assert.equal(match?.post, blockchain);
		assert.equal(match.tier, 'fuzzy');
		assert.deepEqual(highlighted(match).join(''), 'Blkchn');
	});

	it('forgives a swapped letter and a missing one', () => {
		assert.equal(searchPosts(posts, 'blockchian')[0]?.post, blockchain);
		assert.equal(searchPosts(posts, 'cnst generics')[0]?.post, generics);
		assert.equal(searchPosts(posts, 'asyncawait')[0]?.post, asyncAwait);
	});

	it('ranks fuzzy guesses below posts that hold every word in their names', () => {
		const named = makePost({title: 'Blkchn tools', slug: 'tools', date: '2010-01-01'});
		assert.deepEqual(titles(searchPosts([...posts, named], 'blkchn')), ['Blkchn tools', blockchain.title]);
	});

	it('does not guess from letters scattered across fields or far apart', () => {
		assert.deepEqual(titles(searchPosts(posts, 'zqx')), []);
		assert.deepEqual(titles(searchPosts(posts, 'bgt')), []);
	});

	it('keeps filters and exclusions for guesses too', () => {
		assert.deepEqual(titles(searchPosts(posts, 'blkchn -michel')), []);
		assert.deepEqual(titles(searchPosts(posts, 'blkchn year:2016')), []);
		assert.deepEqual(titles(searchPosts(posts, 'blkchn #p2p')), [blockchain.title]);
	});
});

describe('numbers, exact titles and slugs', () => {
	// Newest first, as an archive lists them.
	const release = [
		makePost({title: 'Announcing Rust 1.10', slug: 'rust-1-10', date: '2016-07-07'}),
		makePost({title: 'Announcing Rust 1.0.1', slug: 'rust-1-0-1-point', date: '2015-06-25'}),
		makePost({title: 'Announcing Rust 1.0', slug: 'rust-1-0-1', date: '2015-05-15'}),
		makePost({title: 'Rust 1.0: Scheduling the trains', slug: '1-0-timeline', date: '2014-12-12', body: 'the 1.0.1 plan'}),
	];

	it('matches a version as one token, exact before longer', () => {
		assert.deepEqual(titles(searchPosts(release, 'rust 1.0')).slice(0, 3), ['Announcing Rust 1.0', 'Rust 1.0: Scheduling the trains', 'Announcing Rust 1.0.1']);
		assert.deepEqual(highlighted(searchPosts(release, 'rust 1.0')[0]!), ['Rust', '1.0']);
	});

	it('puts an exact title or an exact slug first', () => {
		assert.equal(searchPosts(release, 'Announcing Rust 1.0')[0]?.post.slug, 'rust-1-0-1');
		assert.equal(searchPosts(release, '1-0-timeline')[0]?.post.slug, '1-0-timeline');
		// Whatever the case or the accents: an exact title is the folded title.
		const named = [makePost({title: 'Notes on café crème', slug: 'newer'}), makePost({title: 'Café Crème', slug: 'older'}), makePost({title: 'Other', slug: 'CAFE-CREME'})];
		assert.deepEqual(searchPosts(named, 'cafe creme').map(match => match.post.slug).slice(0, 2), ['older', 'CAFE-CREME']);
	});

	it('searches slugs and authors', () => {
		assert.deepEqual(titles(searchPosts(posts, 'mvp-beta')), [generics.title]);
		assert.deepEqual(titles(searchPosts(posts, 'project group')), [generics.title]);
	});
});

describe('filters in the search', () => {
	const dated = [
		makePost({title: 'New notes', slug: 'new', date: '2021-06-01', tags: ['Rust'], section: 'inside-rust', authors: ['Aaron Turon']}),
		makePost({title: 'Old notes', slug: 'old', date: '2017-03-01', tags: ['p2p']}),
		makePost({title: 'Undated notes', slug: 'undated', date: null}),
	];

	it('keeps only the posts each filter passes, with or without words', () => {
		assert.deepEqual(titles(searchPosts(dated, 'notes tag:rust')), ['New notes']);
		assert.deepEqual(titles(searchPosts(dated, '#p2p')), ['Old notes']);
		assert.deepEqual(titles(searchPosts(dated, 'year:2017')), ['Old notes']);
		assert.deepEqual(titles(searchPosts(dated, 'notes before:2020')), ['Old notes']);
		assert.deepEqual(titles(searchPosts(dated, 'after:2017-03-01')), ['New notes']);
		assert.deepEqual(titles(searchPosts(dated, 'notes -tag:rust')), ['Old notes', 'Undated notes']);
		assert.deepEqual(titles(searchPosts(dated, 'author:turon section:inside-rust')), ['New notes']);
	});

	it('asks the caller what is read', () => {
		const read = new Set(['old']);
		const searcher = createSearcher(dated, {stored: null});
		assert.deepEqual(titles(searcher('is:read', {isRead: slug => read.has(slug)})), ['Old notes']);
		assert.deepEqual(titles(searcher('notes is:unread', {isRead: slug => read.has(slug)})), ['New notes', 'Undated notes']);
		assert.deepEqual(titles(searcher('is:read')), []);
	});

	it('gives the parsed query with the results, for the search line to show', () => {
		const ranked = createSearcher(dated, {stored: null}).ranked('notes year:20x7 tag:rust');
		assert.deepEqual(ranked.query.filters, [{kind: 'tag', value: 'rust', negated: false}]);
		assert.deepEqual(ranked.query.problems.map(problem => problem.token), ['year:20x7']);
		assert.equal(ranked.length, 1);
	});
});

describe('names and fuzzy matches made ahead of the first query', () => {
	// Enough posts that `prepareNames` builds them ahead (it leaves small lists to the background).
	const many = Array.from({length: 1200}, (_, at) => makePost({title: `Note ${at} on ${at % 2 === 0 ? 'gardening' : 'blockchains'}`, slug: `note-${at}`, date: `2019-01-${String((at % 28) + 1).padStart(2, '0')}`, tags: at % 3 === 0 ? ['soil'] : []}));
	const answers = (searcher: ReturnType<typeof createSearcher>, query: string): string[] => {
		const ranked = searcher.rankedSoFar(query);
		return Array.from({length: ranked.length}, (_, rank) => `${ranked.at(rank).post.slug} ${ranked.at(rank).tier}`);
	};

	it('answers from names exactly as a searcher that made them on the first query', () => {
		const ahead = createSearcher([...many, ...posts]);
		ahead.prepareNames();
		for (const query of ['gard', 'blkchn', 'soil', 'note 12', 'cnst generics']) {
			assert.deepEqual(answers(ahead, query), answers(createSearcher([...many, ...posts]), query), query);
		}
	});

	it('builds the names ahead only for a first start of a large list', () => {
		let reads = 0;
		const counted = (list: typeof many) => list.map(post => ({...post, get title() {
			reads++;
			return post.title;
		}}));
		createSearcher(counted(many)).prepareNames();
		assert.ok(reads >= many.length, 'a large list with no index kept: its titles read now');
		reads = 0;
		const kept = {has: () => true, load: () => undefined, save() {}};
		createSearcher(counted(many), {stored: kept}).prepareNames();
		assert.equal(reads, 0, 'an index was kept for this list: the background tries it first');
		createSearcher(counted(many.slice(0, 50))).prepareNames();
		assert.equal(reads, 0, 'a small list: left to the background build');
	});

	it('folds the fuzzy tier\'s names a slice at a time, to the same answers', () => {
		const sliced = createSearcher([...many, ...posts]);
		// A deadline already past: one post a slice at the least, so the build takes many.
		let slices = 0;
		while (!sliced.prepare(-1)) {
			slices++;
		}

		assert.ok(slices > 3, `${slices} slices`);
		for (const query of ['blkchn', 'asyncawait', 'cnst generics']) {
			assert.deepEqual(searchPosts([...many, ...posts], query).map(match => match.post.slug), sliced(query).map(match => match.post.slug), query);
		}
	});
});
