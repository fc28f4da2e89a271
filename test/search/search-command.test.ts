import assert from 'node:assert/strict';
import {readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {loadArchive} from '../../source/archive/load.js';
import {search} from '../../source/commands/search.js';
import {hashTree, removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';

function folder(prefix: string): string {
	const dir = tempDir(prefix);
	removeAfterTests(dir);
	return dir;
}

// Files changed moments ago are never trusted by a cache; these were written "an hour ago".
function settle(dir: string, files: readonly string[], hoursAgo = 1): void {
	const then = new Date(Date.now() - (hoursAgo * 3_600_000));
	for (const file of files) {
		utimesSync(join(dir, file), then, then);
	}
}

const post = (title: string, tags: string, body: string) => `---\ntitle: ${title}\ndate: 2020-01-0${title.length % 9 + 1}\ntags: [${tags}]\n---\n\n${body}\n`;

function archive(): string {
	const dir = folder('blog-reader-search-archive-');
	const files = {
		'rust.md': post('Rust performance', 'rust, performance', 'Benchmarks and the borrow checker.'),
		'cafe.md': post('Café culture', 'coffee', 'Espresso, crème, and a rust-coloured cup.'),
		'raft.md': post('Consensus without leaders', 'distributed', 'Leader election in Raft; performance under load.'),
		'notes.md': post('Weekly notes', 'notes', 'Some thoughts on consensus and rust tooling.'),
	};
	writeTree(dir, files);
	settle(dir, Object.keys(files));
	return dir;
}

interface Run {
	readonly stdout: string;
	readonly stderr: string;
	readonly code: number;
}

function run(dir: string, state: string, query: string, options: {tag?: string; limit?: number; cache?: boolean} = {}): Run {
	let stdout = '';
	let stderr = '';
	const io = {
		stdout: {write: (text: string) => void (stdout += text), isTTY: false, columns: 80},
		stderr: {write: (text: string) => void (stderr += text), isTTY: false, columns: 80},
		color: false,
	};
	process.env['BLOG_READER_STATE_DIR'] = state;
	const code = search(loadArchive(dir, {cache: options.cache}), query, {json: true, tag: options.tag, limit: options.limit}, io);
	return {stdout, stderr, code};
}

const slugs = (result: Run): string[] => (result.stdout === '' ? [] : (JSON.parse(result.stdout) as Array<{slug: string}>).map(entry => entry.slug));

function searchFiles(state: string): string[] {
	return readdirSync(join(state, 'cache', 'search')).map(name => join(state, 'cache', 'search', name));
}

const queries = ['rust', 'perf', 'consensus', 'cafe', '"leader election"', 'rust -tooling', 'zebra', ''];

describe('search --json with a stored index', () => {
	it('answers the same cold, warm and without any cache, with filters and limits, writing nothing in the archive', () => {
		const dir = archive();
		const before = hashTree(dir);
		for (const query of queries) {
			const state = folder('blog-reader-search-state-');
			const uncached = run(dir, state, query, {cache: false});
			const cold = run(dir, state, query);
			const warm = run(dir, state, query);
			assert.deepEqual(cold, uncached, query);
			assert.deepEqual(warm, uncached, query);
			assert.deepEqual(run(dir, state, query, {tag: 'rust'}), run(dir, state, query, {tag: 'rust', cache: false}), `${query} --tag`);
			assert.deepEqual(run(dir, state, query, {limit: 1}), run(dir, state, query, {limit: 1, cache: false}), `${query} --limit`);
		}

		assert.deepEqual(slugs(run(dir, folder('blog-reader-search-state-'), 'rust')), ['rust', 'cafe', 'notes']);
		assert.equal(hashTree(dir), before);
	});

	it('an edited, added or removed file makes the stored index unused: results follow the files', () => {
		const dir = archive();
		const state = folder('blog-reader-search-state-');
		assert.deepEqual(slugs(run(dir, state, 'zeppelin')), []);
		assert.equal(searchFiles(state).length, 1);

		writeFileSync(join(dir, 'notes.md'), post('Weekly notes', 'notes', 'A zeppelin flew over.'));
		settle(dir, ['notes.md'], 0.5);
		assert.deepEqual(slugs(run(dir, state, 'zeppelin')), ['notes']);

		writeTree(dir, {'airship.md': post('Airships', 'flight', 'The zeppelin era.')});
		settle(dir, ['airship.md'], 0.5);
		assert.deepEqual(slugs(run(dir, state, 'zeppelin')), ['airship', 'notes']);

		rmSync(join(dir, 'notes.md'));
		const result = run(dir, state, 'zeppelin');
		assert.deepEqual(slugs(result), ['airship']);
		assert.equal(result.stderr, '');
	});

	it('a file changed moments ago is never trusted: a change that keeps its size and time still shows', () => {
		const dir = archive();
		const state = folder('blog-reader-search-state-');
		writeFileSync(join(dir, 'rust.md'), post('Rust performance', 'rust', 'Now with a zeppelin.'));
		const {atime, mtime} = statSync(join(dir, 'rust.md'));
		assert.deepEqual(slugs(run(dir, state, 'zeppelin')), ['rust']);
		writeFileSync(join(dir, 'rust.md'), post('Rust performance', 'rust', 'Now with a blimpish.'));
		utimesSync(join(dir, 'rust.md'), atime, mtime);
		assert.deepEqual(slugs(run(dir, state, 'zeppelin')), []);
		assert.deepEqual(slugs(run(dir, state, 'blimp')), ['rust']);
	});

	it('a damaged stored index is ignored with one warning line, answers stay right, and it is rebuilt', () => {
		const dir = archive();
		const state = folder('blog-reader-search-state-');
		const first = run(dir, state, 'rust');
		const [file] = searchFiles(state);
		const bytes = readFileSync(file!);
		writeFileSync(file!, bytes.subarray(0, bytes.length - 7));
		const damaged = run(dir, state, 'rust');
		assert.equal(damaged.stdout, first.stdout);
		assert.match(damaged.stderr, /^blog-reader: ignored the search index .+: truncated; rebuilding it\n$/);
		assert.deepEqual(run(dir, state, 'rust'), first);
	});
});
