import assert from 'node:assert/strict';
import {mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {emptyReadState, mergeReadStates, placeOf, progressOf, topOf, withPost, type PostState, type ReadState} from '../../source/state/read-state.js';
import {readStateFileFor, readStateLookup} from '../../source/state/read-state-file.js';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';

function folder(): string {
	return removeAfterTests(tempDir('blog-reader-read-'));
}

const read = (at: number, place?: PostState['place']): PostState => (place === undefined ? {read: true, at} : {read: true, at, place});
const state = (entries: Record<string, PostState>, last?: ReadState['last']): ReadState => (last === undefined ? {posts: new Map(Object.entries(entries))} : {posts: new Map(Object.entries(entries)), last});

test('a merge keeps every post, and of two entries for one post the newer', () => {
	const mine = state({a: read(10), b: {read: false, at: 30}}, {slug: 'b', at: 30});
	const theirs = state({b: read(20), c: read(5)}, {slug: 'c', at: 5});
	const merged = mergeReadStates(theirs, mine);
	assert.deepEqual(Object.fromEntries(merged.posts), {a: read(10), b: {read: false, at: 30}, c: read(5)});
	assert.deepEqual(merged.last, {slug: 'b', at: 30});
	assert.deepEqual(mergeReadStates(mine, theirs), merged, 'the order of the two does not matter');
	assert.deepEqual(mergeReadStates(emptyReadState, mine), mine);
});

test('a place comes back to the same block at another width, else to the same share of the post', () => {
	// Blocks start at lines 0, 10, 20, 30 of a 40-line rendering; the top is 3 lines into the third.
	const place = placeOf(23, 40, 10, [0, 10, 20, 30]);
	assert.deepEqual(place, {top: 23, lines: 40, seen: 0.825, block: 2, blocks: 4, offset: 3});
	assert.equal(topOf(place, 80, 10, [0, 20, 40, 60]), 43, 'wider blocks: the same block, as far in');
	assert.equal(topOf(place, 24, 5, [0, 6, 12, 18]), 15, 'narrower: the same block, 3 lines in');
	assert.equal(topOf(place, 80, 10, [0, 40]), 46, 'other blocks: the same share');
	assert.equal(topOf(place, 12, 10), 2, 'never past the last screen');
	assert.equal(progressOf(read(1, place)), 82);
	assert.equal(progressOf(read(1, placeOf(30, 40, 10))), undefined, 'finished: no progress');
	assert.equal(progressOf({read: false, at: 1, place}), undefined, 'unread: the mark instead');
	assert.equal(progressOf(read(1)), undefined, 'never placed');
});

test('the state file: missing is silent, a save and load round-trip, the archive is named by its real path', () => {
	const dirs = {state: folder(), archive: folder()};
	const env = {BLOG_READER_STATE_DIR: dirs.state};
	const warnings: string[] = [];
	const store = readStateFileFor(dirs.archive, {env, onWarning: message => warnings.push(message)});
	assert.deepEqual(store.load(), emptyReadState);
	const saved = withPost(emptyReadState, 'post', read(5, placeOf(3, 30, 10)), true);
	store.save(saved);
	assert.deepEqual(store.load(), saved);
	assert.ok(store.file.startsWith(join(dirs.state, 'state', 'read')), 'in the state folder');
	assert.deepEqual(readdirSync(dirs.archive), [], 'nothing written into the archive');

	const link = join(folder(), 'link');
	symlinkSync(dirs.archive, link);
	assert.equal(readStateFileFor(link, {env}).file, store.file, 'a link to the archive shares its state');
	assert.equal(readStateLookup(link, undefined, env)('post'), true);
	assert.equal(readStateLookup(link, undefined, env)('other'), false);
	assert.deepEqual(warnings, []);
});

test('a damaged or foreign state file is ignored with one warning, and replaced on the next save', () => {
	const env = {BLOG_READER_STATE_DIR: folder()};
	const archive = folder();
	const warnings: string[] = [];
	const store = readStateFileFor(archive, {env, onWarning: message => warnings.push(message)});
	mkdirSync(join(store.file, '..'), {recursive: true});
	for (const bad of ['{"posts": {', 'not ours', '']) {
		warnings.length = 0;
		writeFileSync(store.file, bad);
		const fresh = readStateFileFor(archive, {env, onWarning: message => warnings.push(message)});
		assert.deepEqual(fresh.load(), emptyReadState);
		assert.deepEqual(fresh.load(), emptyReadState);
		assert.equal(warnings.length, 1, 'said once');
		assert.match(warnings[0]!, /^ignored the read state .*: .+ \(it is replaced on the next save\)$/);
		assert.ok(!warnings[0]!.includes('\n'), 'one line');
		const saved = withPost(emptyReadState, 'p', read(1), true);
		assert.deepEqual(fresh.save(saved), saved);
		assert.deepEqual(readStateFileFor(archive, {env}).load(), saved, 'replaced by a good file');
	}

	// Another archive's file under this name (it cannot happen but by a copy) is not taken either.
	const other = readStateFileFor(folder(), {env});
	other.save(withPost(emptyReadState, 'q', read(1)));
	writeFileSync(store.file, readFileSync(other.file));
	warnings.length = 0;
	assert.deepEqual(readStateFileFor(archive, {env, onWarning: message => warnings.push(message)}).load(), emptyReadState);
	assert.match(warnings[0]!, /another archive/);
});

test('two readers at once: each save merges what the other wrote, so only the older place of one post is lost', () => {
	const env = {BLOG_READER_STATE_DIR: folder()};
	const archive = folder();
	const one = readStateFileFor(archive, {env});
	const two = readStateFileFor(archive, {env});
	let first = one.load();
	let second = two.load();
	first = withPost(first, 'a', read(10, placeOf(5, 50, 10)), true);
	second = withPost(second, 'b', read(11), true);
	second = withPost(second, 'a', read(12, placeOf(20, 50, 10)));
	first = one.save(first);
	two.save(second);
	one.save(withPost(first, 'c', read(13), true));
	const final = readStateFileFor(archive, {env}).load();
	assert.deepEqual([...final.posts.keys()].sort(), ['a', 'b', 'c'], 'no post lost');
	assert.equal(final.posts.get('a')!.place!.top, 20, 'the newer place of the post both read');
	assert.deepEqual(final.last, {slug: 'c', at: 13});
	assert.deepEqual(readdirSync(join(one.file, '..')), [one.file.split('/').at(-1)], 'no temp file left behind');
});

test('a slug that is also an object key of JavaScript stays a post', () => {
	const env = {BLOG_READER_STATE_DIR: folder()};
	const store = readStateFileFor(folder(), {env});
	const saved = withPost(withPost(emptyReadState, '__proto__', read(1)), 'constructor', read(2));
	store.save(saved);
	assert.deepEqual(Object.fromEntries(store.load().posts), {['__proto__']: read(1), constructor: read(2)});
});

test('a folder that cannot be written is said once, and the reader goes on', () => {
	const blocked = join(folder(), 'file');
	writeFileSync(blocked, '');
	const warnings: string[] = [];
	// The state folder is under a file: every write fails.
	const store = readStateFileFor(folder(), {env: {BLOG_READER_STATE_DIR: blocked}, onWarning: message => warnings.push(message)});
	const saved = withPost(emptyReadState, 'p', read(1));
	assert.deepEqual(store.save(saved), saved);
	assert.deepEqual(store.save(saved), saved);
	assert.equal(warnings.length, 1);
	assert.match(warnings[0]!, /^cannot save the read state in /);
});
