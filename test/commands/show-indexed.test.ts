import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {loadArchive} from '../../source/archive/load.js';
import type {Archive, Skipped} from '../../source/archive/post.js';
import type {CommandIO} from '../../source/commands/io.js';
import {type ShowOptions, runShow, show} from '../../source/commands/show.js';
import {writeArchive} from '../helpers/cli.js';
import {settle} from '../fixtures/tree.js';

const stateDir = mkdtempSync(join(tmpdir(), 'blog-reader-state-'));
const saved = process.env['BLOG_READER_STATE_DIR'];
process.env['BLOG_READER_STATE_DIR'] = stateDir;
after(() => {
	process.env['BLOG_READER_STATE_DIR'] = saved;
	rmSync(stateDir, {recursive: true, force: true});
});

interface Shown {
	readonly code: number;
	readonly stdout: string;
	readonly stderr: string;
}

function capture(): {io: CommandIO; shown: () => Omit<Shown, 'code'>} {
	let stdout = '';
	let stderr = '';
	const io: CommandIO = {
		stdout: {write: text => (stdout += text, undefined), isTTY: false, columns: 80},
		stderr: {write: text => (stderr += text, undefined), isTTY: false, columns: 80},
		color: false,
	};
	return {io, shown: () => ({stdout, stderr})};
}

const modes: ShowOptions[] = [{mode: 'json', width: 80, links: 'inline'}, {mode: 'plain', width: 60, links: 'inline'}];

/** `show` as the command line does it today: a full load, its skip lines, then the answer. */
async function full(dir: string, wanted: string, options: ShowOptions, drafts = false): Promise<Shown> {
	const {io, shown} = capture();
	const archive = loadArchive(dir, {drafts, onSkip: skipLine(io)});
	const code = await show(archive, wanted, options, io);
	return {code, ...shown()};
}

/** `show` through the index when it can answer; `loads` counts the full loads it fell back to. */
async function fast(dir: string, wanted: string, options: ShowOptions, extra: {drafts?: boolean; cache?: boolean} = {}): Promise<Shown & {loads: number}> {
	const {io, shown} = capture();
	let loads = 0;
	const load = (): Archive => {
		loads++;
		return loadArchive(dir, {drafts: extra.drafts, cache: extra.cache, onSkip: skipLine(io)});
	};

	const code = await runShow(dir, wanted, {...options, ...extra, onSkip: skipLine(io)}, io, load);
	return {code, ...shown(), loads};
}

function skipLine(io: CommandIO): (skipped: Skipped) => void {
	return ({path, reason}) => io.stderr.write(`blog-reader: skipped ${path}: ${reason}\n`);
}

function archive(): string {
	return settle(writeArchive({
		'blog/2020-01-01-first.md': '---\ntitle: First Post\ntags: [a]\n---\n\nThe first body, with *emphasis*.\n',
		'blog/2020-02-01-second.md': '---\ntitle: Second Post\nslug: First\n---\n\nThe second body claims the slug first.\n',
		'notes/ledger.md': '---\ntitle: Ledger Notes\ndate: 2021-03-03\n---\n\nAbout ledgers.\n',
		'notes/ledger-two.md': '---\ntitle: Ledger Notes Two\ndate: 2021-03-04\n---\n\nMore about ledgers.\n',
		'notes/draft.md': '---\ntitle: Hidden Draft\ndraft: true\n---\n\nNot yet.\n',
		'notes/about.md': '---\ntitle: About\ntype: page\n---\n\nA page.\n',
		'notes/binary.md': new Uint8Array([0, 1, 2, 0]),
	}));
}

const lookups = ['first', 'first-2', 'FIRST-2', 'ledger', 'ledger-two', 'about', 'draft', 'notes/ledger.md', 'Ledger Notes', 'ledger notes t', 'nothing like it', '../../etc/passwd'];

test('every look-up gives the same output and exit code through the index as after a full load', async () => {
	const dir = archive();
	loadArchive(dir);
	for (const wanted of lookups) {
		for (const options of modes) {
			for (const drafts of [false, true]) {
				const {loads: _loads, ...answer} = await fast(dir, wanted, options, {drafts});
				assert.deepEqual(answer, await full(dir, wanted, options, drafts), `${wanted} ${options.mode} drafts=${drafts}`);
			}
		}
	}
});

test('an unchanged archive answers a slug without a full load; other look-ups load', async () => {
	const dir = archive();
	loadArchive(dir);
	assert.equal((await fast(dir, 'first-2', modes[0]!)).loads, 0);
	assert.equal((await fast(dir, 'About', modes[0]!)).loads, 0);
	assert.equal((await fast(dir, 'notes/ledger.md', modes[0]!)).loads, 1);
	assert.equal((await fast(dir, 'ledger notes t', modes[0]!)).loads, 1);
	// A draft's slug without --drafts is a search, as a full load has it.
	assert.equal((await fast(dir, 'draft', modes[0]!)).loads, 1);
	assert.equal((await fast(dir, 'draft', modes[0]!, {drafts: true})).loads, 0);
	assert.equal((await fast(dir, 'first', modes[0]!, {cache: false})).loads, 1);
});

test('a changed, deleted or new file is answered as a full load answers it', async () => {
	const dir = archive();
	loadArchive(dir);
	const same = async (wanted: string): Promise<void> => {
		for (const options of modes) {
			const {loads: _loads, ...answer} = await fast(dir, wanted, options);
			assert.deepEqual(answer, await full(dir, wanted, options), wanted);
		}
	};

	// Changed in place: its slug's owner is read again.
	writeFileSync(join(dir, 'blog/2020-01-01-first.md'), '---\ntitle: First Post, Rewritten\nslug: renamed\n---\n\nNew words.\n');
	assert.equal((await fast(dir, 'first', modes[0]!)).loads, 1);
	await same('first');
	await same('renamed');
	settle(dir);
	loadArchive(dir);

	// A new file whose slug clashes: slugs are made unique again over the new set of files.
	writeFileSync(join(dir, 'blog/2019-01-01-ledger.md'), '---\ntitle: Older Ledger\n---\n\nOlder.\n');
	for (const wanted of ['ledger', 'ledger-2', 'ledger-3']) {
		await same(wanted);
	}

	settle(dir);
	loadArchive(dir);
	rmSync(join(dir, 'notes/ledger.md'));
	for (const wanted of ['ledger', 'ledger-2']) {
		await same(wanted);
	}
});

test('the folders\' times stand in for the walk: a rename or a file in a new folder is still seen', async () => {
	const dir = archive();
	loadArchive(dir);
	assert.ok(readdirSync(stateDir, {recursive: true}).some(name => String(name).endsWith('.folders')), 'the load kept its folder times');
	const same = async (wanted: string): Promise<void> => {
		const {loads: _loads, ...answer} = await fast(dir, wanted, modes[1]!);
		assert.deepEqual(answer, await full(dir, wanted, modes[1]!), wanted);
	};

	assert.equal((await fast(dir, 'ledger-two', modes[1]!)).loads, 0);
	// Renamed: the slug moves with the name, and the folder's time with it.
	renameSync(join(dir, 'notes/ledger-two.md'), join(dir, 'notes/ledger-three.md'));
	assert.equal((await fast(dir, 'ledger-two', modes[1]!)).loads, 1);
	await same('ledger-two');
	await same('ledger-three');
	settle(dir);
	loadArchive(dir);

	// A file two folders down, in a folder new since the load: only its parent's time moved.
	mkdirSync(join(dir, 'notes/deeper/still'), {recursive: true});
	writeFileSync(join(dir, 'notes/deeper/still/ledger.md'), '---\ntitle: Deep Ledger\ndate: 2010-01-01\n---\n\nDeep.\n');
	for (const wanted of ['ledger', 'ledger-2', 'ledger-3']) {
		await same(wanted);
	}
});
