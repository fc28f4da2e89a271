import assert from 'node:assert/strict';
import {EventEmitter} from 'node:events';
import type {FSWatcher} from 'node:fs';
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {isTempName, watchFolders, type Watch} from '../../../source/archive/watch/watch-folders.js';
import {removeAfterTests, tempDir} from '../../fixtures/tree.js';

test('editor temp and backup names are no reason to reload; posts and folders are', () => {
	for (const name of ['.post.md.swp', '.#post.md', '#post.md#', 'post.md~', 'post.md.tmp', 'post.md.swp', 'post.md___jb_tmp___', '.git', 'x.crdownload']) {
		assert.equal(isTempName(name), true, name);
	}

	for (const name of ['post.md', '2024-01-01-post.markdown', 'index.adoc', 'posts', '2024', '4913', 'a.b.md']) {
		assert.equal(isTempName(name), false, name);
	}
});

/** Collects the bursts a watch reports; `next` waits for one holding `path`. */
function recorder() {
	const bursts: string[][] = [];
	let waiters: Array<() => void> = [];
	return {
		bursts,
		onChange(paths: ReadonlySet<string>) {
			bursts.push([...paths].sort());
			for (const waiter of waiters) {
				waiter();
			}

			waiters = [];
		},
		/** The first burst holding `path` that came after the bursts seen so far. */
		async next(path: string): Promise<string[]> {
			const from = bursts.length;
			const deadline = Date.now() + 20_000;
			for (;;) {
				const found = bursts.slice(from).find(burst => burst.includes(path));
				if (found) {
					return found;
				}

				assert.ok(Date.now() < deadline, `no burst with ${path}; got ${JSON.stringify(bursts)}`);
				await new Promise<void>(resolve => {
					waiters.push(resolve);
					setTimeout(resolve, 200).unref();
				});
			}
		},
	};
}

test('post files added, changed and removed anywhere below are reported, temp files and hidden folders not', async () => {
	const root = removeAfterTests(tempDir('blog-reader-watch-'));
	mkdirSync(join(root, '2024', 'jan'), {recursive: true});
	mkdirSync(join(root, '.git'));
	mkdirSync(join(root, 'cache'));
	writeFileSync(join(root, '2024', 'jan', 'old.md'), '# Old\n');
	const seen = recorder();
	const errors: string[] = [];
	const watcher = watchFolders([root], {onChange: paths => seen.onChange(paths), onError: reason => errors.push(reason), skip: [join(root, 'cache')], coalesce: {quietMs: 50, maxWaitMs: 200}});
	try {
		await watcher.ready;
		// root, 2024, 2024/jan: not .git, not the skipped cache folder.
		assert.equal(watcher.folders(), 3);
		const added = seen.next(join(root, '2024', 'jan', 'new.md'));
		writeFileSync(join(root, '.git', 'index.md'), 'x');
		writeFileSync(join(root, 'cache', 'index.md'), 'x');
		writeFileSync(join(root, '2024', 'jan', '.old.md.swp'), 'x');
		writeFileSync(join(root, '2024', 'jan', 'new.md'), '# New\n');
		assert.deepEqual(await added, [join(root, '2024', 'jan', 'new.md')]);

		const changed = seen.next(join(root, '2024', 'jan', 'old.md'));
		writeFileSync(join(root, '2024', 'jan', 'old.md'), '# Old, edited\n');
		await changed;
		const removed = seen.next(join(root, '2024', 'jan', 'new.md'));
		rmSync(join(root, '2024', 'jan', 'new.md'));
		await removed;

		// A folder of posts moved in is watched from then on.
		const outside = removeAfterTests(tempDir('blog-reader-watch-out-'));
		mkdirSync(join(outside, 'feb'));
		writeFileSync(join(outside, 'feb', 'moved.md'), '# Moved\n');
		const movedIn = seen.next(join(root, '2024', 'feb'));
		renameSync(join(outside, 'feb'), join(root, '2024', 'feb'));
		await movedIn;
		assert.equal(watcher.folders(), 4);
		const later = seen.next(join(root, '2024', 'feb', 'later.md'));
		writeFileSync(join(root, '2024', 'feb', 'later.md'), '# Later\n');
		await later;
		assert.ok(seen.bursts.flat().every(path => !path.includes('.git') && !path.includes('cache') && !path.endsWith('.swp')), JSON.stringify(seen.bursts));
		assert.deepEqual(errors, []);
	} finally {
		watcher.close();
	}

	assert.equal(watcher.folders(), 0);
});

test('a watch the system refuses (ENOSPC, EMFILE) stops all watching and says so once', async () => {
	const root = removeAfterTests(tempDir('blog-reader-watch-limit-'));
	mkdirSync(join(root, 'a'));
	mkdirSync(join(root, 'b'));
	const opened: Array<EventEmitter & {closed: boolean}> = [];
	let calls = 0;
	const watch: Watch = () => {
		calls++;
		if (calls > 2) {
			throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), {code: 'ENOSPC'});
		}

		const fake = Object.assign(new EventEmitter(), {
			closed: false,
			close() {
				fake.closed = true;
			},
		});
		opened.push(fake);
		return fake as unknown as FSWatcher;
	};

	const errors: string[] = [];
	const watcher = watchFolders([root], {onChange() {}, onError: reason => errors.push(reason), watch, platform: 'linux'});
	await watcher.ready;
	assert.deepEqual(errors, ['the system\'s limit of watched folders is reached (ENOSPC)']);
	assert.ok(opened.every(fake => fake.closed));
	assert.equal(watcher.folders(), 0);

	// A watcher failing later (EMFILE) does the same; a folder that went away is only let go.
	const later: string[] = [];
	calls = 0;
	opened.length = 0;
	const again = watchFolders([join(root, 'a')], {onChange() {}, onError: reason => later.push(reason), watch, platform: 'linux'});
	await again.ready;
	assert.equal(again.folders(), 1);
	opened[0]!.emit('error', Object.assign(new Error('gone'), {code: 'ENOENT'}));
	assert.equal(again.folders(), 0);
	assert.equal(later.length, 0);
	const third = watchFolders([join(root, 'b')], {onChange() {}, onError: reason => later.push(reason), watch(path, options, listener) {
		calls = 0;
		return watch(path, options, listener);
	}, platform: 'linux'});
	await third.ready;
	opened.at(-1)!.emit('error', Object.assign(new Error('too many'), {code: 'EMFILE'}));
	opened.at(-1)!.emit('error', Object.assign(new Error('too many'), {code: 'EMFILE'}));
	assert.deepEqual(later, ['too many open files (EMFILE)']);
	again.close();
	third.close();
});
