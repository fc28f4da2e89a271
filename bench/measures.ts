import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {startProbe} from './pty-probe.js';
import {timeProcess, timeReader} from './processes.js';
import {indexing, noQuery, resultsFor, showsPosts, statusLine, typed} from './screen.js';

/** Timings of one run of the reader in a pty. */
export interface Session {
	readonly firstFrameMs: number;
	/** Spawn until the index is built (the indicator gone); absent when it never showed. */
	readonly searchableMs?: number;
	/** Per key: until the typed character shows, and until the list shows its results. */
	readonly keyEchoMs: number[];
	readonly keyResultsMs: number[];
	/** VmHWM after the index was built (and after typing, when there was typing). */
	readonly peakRssBytes: number;
}

export interface SessionOptions {
	readonly dir?: string;
	readonly stateDir: string;
	readonly waitForIndex: boolean;
	/** Typed into the search this many times, Esc between. */
	readonly query?: string;
	readonly rounds?: number;
	/** Pause after each key's results, as a person typing leaves between keys. */
	readonly gapMs?: number;
	/** Another build's entry (see readerEntry); this build's copy by default. */
	readonly script?: string;
	/** Waited after the index is searchable, before the typing: to see what the start's later work costs a key. */
	readonly settleMs?: number;
}

export async function readerSession(options: SessionOptions): Promise<Session> {
	const probe = startProbe({args: options.dir === undefined ? [] : ['--dir', options.dir], env: {BLOG_READER_STATE_DIR: options.stateDir}, script: options.script});
	try {
		const firstFrame = await probe.waitFor(showsPosts, 'the first frame with posts');
		let searchable: number | undefined;
		if (options.waitForIndex) {
			// Searchable means a search over every post answers, whether the index was read from
			// the cache or built in the background: search as a person would, right after the first frame.
			probe.write('/');
			await probe.waitFor(typed(''), 'the search line');
			probe.write(searchableWord);
			searchable = await probe.waitFor(screen => resultsFor(searchableWord)(screen) && !indexing(screen), 'a search over every post', 300_000);
			probe.write('\u001B');
			await probe.waitFor(noQuery, 'the search cleared');
			await sleep(options.settleMs ?? 0);
		}

		const keyEchoMs: number[] = [];
		const keyResultsMs: number[] = [];
		const {query = '', rounds = 0, gapMs = 100} = options;
		for (let round = 0; round < rounds; round++) {
			probe.write('/');
			await probe.waitFor(typed(''), 'the search line');
			for (let length = 1; length <= query.length; length++) {
				const prefix = query.slice(0, length);
				const echoed = probe.waitFor(typed(prefix), `"${prefix}" typed`);
				const listed = probe.waitFor(resultsFor(prefix), `results for "${prefix}"`);
				const sent = probe.write(query[length - 1]!);
				keyEchoMs.push(await echoed - sent);
				keyResultsMs.push(await listed - sent);
				await sleep(gapMs);
			}

			probe.write('\u001B');
			await probe.waitFor(noQuery, 'the search cleared');
			await sleep(gapMs);
		}

		return {
			firstFrameMs: firstFrame - probe.spawnedAt,
			searchableMs: searchable === undefined ? undefined : searchable - probe.spawnedAt,
			keyEchoMs,
			keyResultsMs,
			peakRssBytes: probe.peakRss(),
		};
	} finally {
		probe.close();
	}
}

/** A state folder (index cache) of its own; emptied for each cold start. */
export function stateFolder(): {readonly path: string; readonly empty: () => void; readonly remove: () => void} {
	const path = mkdtempSync(join(tmpdir(), 'blog-reader-bench-'));
	return {
		path,
		empty() {
			rmSync(path, {recursive: true, force: true});
			mkdirSync(path);
		},
		remove() {
			rmSync(path, {recursive: true, force: true});
		},
	};
}

/** A word every generated archive holds, so the search answers with posts. */
const searchableWord = 'ledger';

/** Fills the index caches for `dir` (metadata and search), as an earlier start or search would. */
export async function warmCache(dir: string | undefined, stateDir: string): Promise<void> {
	await warmCacheWith(undefined, dir, stateDir);
}

/** `warmCache` by another build (its entry, see readerEntry): each build's loader version keys its own cache. */
export async function warmCacheWith(entry: string | undefined, dir: string | undefined, stateDir: string): Promise<void> {
	const where = dir === undefined ? [] : ['--dir', dir];
	await timeReader([...where, 'list', '--json'], {BLOG_READER_STATE_DIR: stateDir}, entry);
	await timeReader([...where, 'search', searchableWord, '--json'], {BLOG_READER_STATE_DIR: stateDir}, entry);
}

export async function nodeBaseline(): Promise<number> {
	const run = await timeProcess(process.execPath, ['-e', '0']);
	return run.ms;
}

export async function fzfFilter(query: string, titles: string): Promise<number | undefined> {
	const run = await timeProcess('fzf', ['--filter', query], {input: titles}).catch(() => undefined);
	return run === undefined || (run.code !== 0 && run.code !== 1) ? undefined : run.ms;
}

/** The one word of the huge post's last paragraph: find has to go through the whole post for it. */
export const hugePostLastWord = 'zebra';

/** An archive of one post of about 5 MB of styled Markdown, for the reader's first screen of it and find in it. */
export function hugePostArchive(): string {
	const dir = mkdtempSync(join(tmpdir(), 'blog-reader-bench-huge-'));
	mkdirSync(join(dir, 'posts'));
	const part = '## Part\n\nSome **bold** and *em* with a [link](https://example.com/x) and `code` ' + 'word '.repeat(100) + '\n\n* one\n* two\n\n```js\nconst x = 1;\n```\n\n';
	writeFileSync(join(dir, 'posts', 'huge.md'), `---\ntitle: Huge post\ndate: 2024-01-01\n---\n\nFirst words of the huge post.\n\n${part.repeat(Math.ceil(5 * 1024 * 1024 / part.length))}The last words: a ${hugePostLastWord} crossing.\n`);
	return dir;
}

/** Enter on the list's only post until its first words are on screen. */
export async function openPostSession(dir: string, stateDir: string, firstWords: string): Promise<number> {
	const probe = startProbe({args: ['--dir', dir], env: {BLOG_READER_STATE_DIR: stateDir}});
	try {
		await probe.waitFor(showsPosts, 'the first frame with posts');
		const sent = probe.write('\r');
		return await probe.waitFor(screen => screen.includes(firstWords), 'the post\'s first screen', 120_000) - sent;
	} finally {
		probe.close();
	}
}

/** The reader's position `first-last/total`: the total once the whole post is there. */
function lineTotal(screen: string): number {
	const total = /\d+-\d+\/(\d+) \d+%/.exec(screen)?.[1];
	return total === undefined ? 0 : Number(total);
}

/**
Find in the huge post: the post opened and rendered whole, then `/`, the word and Enter, timed
from the keys until the hit is drawn as the current one (`hit 1/1` in the status line, the word
on screen). `rounds` finds per session, each from the top with the last find cleared.
*/
export async function findInPostSession(dir: string, stateDir: string, rounds: number): Promise<number[]> {
	const probe = startProbe({args: ['--dir', dir], env: {BLOG_READER_STATE_DIR: stateDir}});
	try {
		await probe.waitFor(showsPosts, 'the first frame with posts');
		probe.write('\r');
		// The head shows first; the find waits for the whole post, as a reader's find would.
		await probe.waitFor(screen => lineTotal(screen) > 50_000, 'the whole post rendered', 120_000);
		const samples: number[] = [];
		for (let round = 0; round < rounds; round++) {
			probe.write('/');
			await probe.waitFor(screen => statusLine(screen).startsWith('/'), 'the find line');
			const sent = probe.write(`${hugePostLastWord}\r`);
			samples.push(await probe.waitFor(screen => screen.includes('hit 1/1') && screen.includes(`a ${hugePostLastWord} crossing`), 'the hit drawn', 60_000) - sent);
			// Esc clears the find, `g` goes back to the top for the next round.
			probe.write('\u001B');
			await probe.waitFor(screen => !screen.includes('hit 1/1'), 'the find cleared');
			probe.write('g');
			await probe.waitFor(screen => /\b1-\d+\/\d+ /.test(screen), 'the top of the post');
			await sleep(100);
		}

		return samples;
	} finally {
		probe.close();
	}
}
