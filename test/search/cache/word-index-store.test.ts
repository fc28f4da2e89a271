import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import type {Post} from '../../../source/archive/post.js';
import {createSearcher, type Match} from '../../../source/search/rank.js';
import {wordIndexStore} from '../../../source/search/cache/word-index-store.js';
import {removeAfterTests, tempDir} from '../../fixtures/tree.js';
import {makePost} from '../make-post.js';

function stateEnv(): NodeJS.ProcessEnv {
	const dir = tempDir('blog-reader-search-state-');
	removeAfterTests(dir);
	return {BLOG_READER_STATE_DIR: dir};
}

function indexFiles(env: NodeJS.ProcessEnv): string[] {
	const folder = join(env['BLOG_READER_STATE_DIR']!, 'cache', 'search');
	return existsSync(folder) ? readdirSync(folder).map(name => join(folder, name)) : [];
}

/** Posts whose bodies count their reads, to tell a stored index from a build. */
function countingPosts(): {posts: Post[]; reads: () => number} {
	let reads = 0;
	const sources = [
		makePost({title: 'Rust performance and stability', tags: ['rust', 'Performance'], body: 'Benchmarks matter. The borrow checker keeps memory safe.'}),
		makePost({title: 'Café au lait: ÉTÉ à Paris', summary: 'A summer of coffee', body: 'Croissants, crème and the métro at dawn.'}),
		makePost({title: 'Consensus without leaders', body: 'Raft and Paxos compared; the leader election story.'}),
		makePost({title: 'Weekly notes', body: 'Some thoughts on consensus protocols and rust tooling.'}),
		makePost({title: '東京の朝', tags: ['日本'], body: '朝ご飯を食べました。東京は晴れ。'}),
		makePost({title: 'Ὀδυσσεύς and the sea', body: 'Greek words: σοφία, ΣΟΦΟΣ.'}),
		makePost({title: 'Gardening', summary: 'mentions zeppelins', body: 'Tomatoes need sun; perf of the garden is weather.'}),
	];
	const posts = sources.map(source => {
		const {body, ...rest} = source;
		return Object.defineProperty({...rest}, 'body', {
			get() {
				reads++;
				return body;
			},
			enumerable: true,
		}) as Post;
	});
	return {posts, reads: () => reads};
}

const queries = ['perf', 'rust', 'consensus', 'cafe', 'ete paris', 'stabilty', 'perfromance', '東京', '朝', 'σοφια', 'οδυσσευς', '"leader election"', '"borrow checker keeps"', 'rust -tooling', '-rust', 'zeppelin', 'x', 'nothing-here', ''];

const seen = (matches: readonly Match[]) => matches.map(match => ({title: match.post.title, score: match.score, ranges: match.titleRanges}));

function built(posts: readonly Post[], env: NodeJS.ProcessEnv, fingerprint = 'files-1', warnings: string[] = []) {
	const searcher = createSearcher(posts, {stored: wordIndexStore({fingerprint, name: 'archive\0posts', env, onWarning: message => warnings.push(message)})});
	while (!searcher.prepare(5)) {
		// Builds in slices, as the reader does; the last slice stores the index.
	}

	return searcher;
}

describe('stored search index', () => {
	it('a warm searcher answers as a cold one does (results, order, scores, ranges), reading no body for words', () => {
		const env = stateEnv();
		const {posts} = countingPosts();
		const cold = createSearcher(posts, {stored: null});
		built(posts, env);
		assert.equal(indexFiles(env).length, 1);

		const fresh = countingPosts();
		const warm = createSearcher(fresh.posts, {stored: wordIndexStore({fingerprint: 'files-1', name: 'archive\0posts', env})});
		assert.equal(warm.prepare(5), true);
		const same = (query: string) => {
			assert.deepEqual(seen(warm(query)), seen(cold(query)), query);
			assert.deepEqual(seen(warm(query, {limit: 2, where: post => post.tags.length === 0})), seen(cold(query, {limit: 2, where: post => post.tags.length === 0})), `${query} filtered`);
		};

		const isPhrase = (query: string) => query.includes('"') || query === '東京';
		const [words, phrases] = [queries.filter(query => !isPhrase(query)), queries.filter(query => isPhrase(query))];
		words.forEach(same);
		assert.equal(fresh.reads(), 0, 'word queries read no body');
		phrases.forEach(same);
		// A phrase reads the text of the posts that hold all its words, and only those.
		assert.ok(fresh.reads() <= 2 * phrases.length, `${fresh.reads()} body reads`);
	});

	it('a stored index for other files, or another order of posts, is not used: results follow the posts as they are', () => {
		const env = stateEnv();
		const {posts} = countingPosts();
		built(posts, env, 'files-1');
		const edited = posts.map(post => (post.title === 'Gardening' ? makePost({title: 'Gardening with rust'}) : post));
		const warnings: string[] = [];
		const again = built(edited, env, 'files-2', warnings);
		assert.ok(again('rust').some(match => match.post.title === 'Gardening with rust'));
		assert.deepEqual(warnings, [], 'a stale index is rebuilt without a word');

		const reordered = [...posts].reverse();
		const reversed = createSearcher(reordered, {stored: wordIndexStore({fingerprint: 'files-1', name: 'archive\0posts', env})});
		assert.deepEqual(seen(reversed('rust')), seen(createSearcher(reordered, {stored: null})('rust')));
	});

	for (const [damage, change] of [
		['truncated', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
		['cut to its header', (bytes: Buffer) => bytes.subarray(0, 40)],
		['empty', () => Buffer.alloc(0)],
		['foreign', () => Buffer.from('{"not": "ours"}')],
		['with postings out of range', (bytes: Buffer) => {
			const copy = Buffer.from(bytes);
			copy.fill(0x7F, copy.length - 200, copy.length - 100);
			return copy;
		}],
		['with its tail overwritten', (bytes: Buffer) => {
			const copy = Buffer.from(bytes);
			copy.fill(0xFF, 100);
			return copy;
		}],
	] as const) {
		it(`a ${damage} index is ignored with one warning, answers stay right, and it is rebuilt`, () => {
			const env = stateEnv();
			const {posts} = countingPosts();
			built(posts, env);
			const [file] = indexFiles(env);
			writeFileSync(file!, change(readFileSync(file!)));
			const warnings: string[] = [];
			const searcher = built(posts, env, 'files-1', warnings);
			assert.equal(warnings.length, 1);
			assert.match(warnings[0]!, /^ignored the search index .+: .+; rebuilding it$/);
			const cold = createSearcher(posts, {stored: null});
			for (const query of queries) {
				assert.deepEqual(seen(searcher(query)), seen(cold(query)), query);
			}

			const later: string[] = [];
			const fresh = countingPosts();
			const warm = createSearcher(fresh.posts, {stored: wordIndexStore({fingerprint: 'files-1', name: 'archive\0posts', env, onWarning: message => later.push(message)})});
			assert.deepEqual(seen(warm('rust')), seen(cold('rust')));
			assert.deepEqual(later, []);
			assert.equal(fresh.reads(), 0);
		});
	}

	it('a store that cannot be written warns once and searching goes on', () => {
		const dir = tempDir('blog-reader-search-state-');
		removeAfterTests(dir);
		writeFileSync(join(dir, 'cache'), 'a file where a folder should be');
		const warnings: string[] = [];
		const {posts} = countingPosts();
		const searcher = built(posts, {BLOG_READER_STATE_DIR: dir}, 'files-1', warnings);
		assert.deepEqual(seen(searcher('rust')), seen(createSearcher(posts, {stored: null})('rust')));
		assert.equal(warnings.length, 1);
		assert.match(warnings[0]!, /^cannot write the search index .+; every start will index all posts$/);
	});

	it('a query before the build is done answers at once, and the index is stored on the next slice', () => {
		const env = stateEnv();
		const {posts} = countingPosts();
		const searcher = createSearcher(posts, {stored: wordIndexStore({fingerprint: 'f', name: 'n', env})});
		assert.equal(searcher('rust').length > 0, true);
		assert.equal(indexFiles(env).length, 0);
		assert.equal(searcher.prepare(5), true);
		assert.equal(indexFiles(env).length, 1);
	});
});
