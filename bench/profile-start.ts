/**
Where a start goes: the built reader in a pty with `--cpu-prof`, closed (q) once its first frame
is on screen, or after the first searches. Writes the profile and prints the self time of the
top functions. Not part of `npm run bench`.

	node --import tsx bench/profile-start.ts [--dir DIR] [--state DIR] [--dist FOLDER | --script BIN (uncopied, so its cache stays warm)] [--type QUERY [--keys [--warm WORD] [--settle MS]]]

`--keys` waits until every post is searchable (as the bench's typing does) and profiles only the
typing of QUERY, from its first key to its last results.
*/
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {setTimeout as sleep} from 'node:timers/promises';
import {readerEntry} from './build-copy.js';
import {startProbe} from './pty-probe.js';
import {indexing, noQuery, resultsFor, showsPosts, typed} from './screen.js';

const option = (name: string): string | undefined => {
	const at = process.argv.indexOf(name);
	return at === -1 ? undefined : process.argv[at + 1];
};

const dir = option('--dir');
const state = option('--state') ?? mkdtempSync(join(tmpdir(), 'blog-reader-prof-state-'));
const out = mkdtempSync(join(tmpdir(), 'blog-reader-prof-'));
const query = option('--type');
const probe = startProbe({args: dir === undefined ? [] : ['--dir', dir], env: {BLOG_READER_STATE_DIR: state}, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${out}`], script: option('--script') ?? readerEntry(option('--dist'))});
const first = await probe.waitFor(showsPosts, 'first frame');
// Both clocks are the system's monotonic one: the profile's sample times and hrtime, in µs.
const firstFrameUs = Number(process.hrtime.bigint() / 1000n) - (performance.now() - first) * 1000;
process.stdout.write(`first frame ${(first - probe.spawnedAt).toFixed(0)} ms\n`);
const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);
const keysOnly = query !== undefined && process.argv.includes('--keys');
let windowUs: readonly [number, number] = [0, firstFrameUs];
if (keysOnly) {
	probe.write('/');
	await probe.waitFor(typed(''), 'search line');
	// `--warm WORD`: the search that waits for the index, as the bench's typing types `ledger` first.
	const warm = option('--warm') ?? query;
	probe.write(warm);
	await probe.waitFor(screen => resultsFor(warm)(screen) && !indexing(screen), 'every post searchable', 300_000);
	probe.write('\u001B');
	await probe.waitFor(noQuery, 'search cleared');
	// `--settle MS`: longer, so that the start's later work (the check, the watch) is over.
	await sleep(Number(option('--settle') ?? 300));
	windowUs = [nowUs(), Number.POSITIVE_INFINITY];
}

if (query !== undefined) {
	probe.write('/');
	await probe.waitFor(typed(''), 'search line');
	for (let length = 1; length <= query.length; length++) {
		const listed = probe.waitFor(resultsFor(query.slice(0, length)), 'results');
		const sent = probe.write(query[length - 1]!);
		process.stdout.write(`key ${length}: ${(await listed - sent).toFixed(1)} ms\n`);
		await sleep(100);
	}
}

if (query !== undefined) {
	if (keysOnly) {
		windowUs = [windowUs[0], nowUs()];
	}

	probe.write('\u001B');
	await sleep(200);
}

probe.write('q');
for (let wait = 0; wait < 100 && readdirSync(out).length === 0; wait++) {
	await sleep(100);
}

await sleep(300);
probe.close();
const file = join(out, readdirSync(out)[0]!);
interface Node {
	id: number;
	callFrame: {functionName: string; url: string; lineNumber: number};
	children?: number[];
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as {nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number};
const self = new Map<number, number>();
// `--all`: the whole session; by default only what ran before the first frame arrived.
let time = profile.startTime;
for (const [at, id] of profile.samples.entries()) {
	time += profile.timeDeltas[at] ?? 0;
	if (!process.argv.includes('--all') && (time < windowUs[0] || time > windowUs[1])) {
		continue;
	}

	self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[at] ?? 0));
}

const nameOf = (node: Node): string => `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').slice(-2).join('/')}:${node.callFrame.lineNumber}`;
// `--inclusive`: time in a function and all it called (each function once per stack).
const parent = new Map<number, Node>();
const byId = new Map<number, Node>();
for (const node of profile.nodes) {
	byId.set(node.id, node);
	for (const child of node.children ?? []) {
		parent.set(child, node);
	}
}

const byName = new Map<string, number>();
for (const node of profile.nodes) {
	const us = self.get(node.id) ?? 0;
	if (!process.argv.includes('--inclusive')) {
		byName.set(nameOf(node), (byName.get(nameOf(node)) ?? 0) + us);
		continue;
	}

	const seen = new Set<string>();
	for (let at: Node | undefined = node; at !== undefined; at = parent.get(at.id)) {
		const key = nameOf(at);
		if (!seen.has(key)) {
			seen.add(key);
			byName.set(key, (byName.get(key) ?? 0) + us);
		}
	}
}

if (process.argv.includes('--by-file')) {
	byName.clear();
	for (const node of profile.nodes) {
		const key = node.callFrame.url.split('/').slice(-2).join('/') || node.callFrame.functionName;
		byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0));
	}
}

for (const [name, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, Number(option('--top') ?? 40))) {
	process.stdout.write(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name}\n`);
}

process.stdout.write(`profile: ${file}; ${((firstFrameUs - profile.startTime) / 1000).toFixed(0)} ms of it before the first frame${keysOnly ? `, the typing ${((windowUs[1] - windowUs[0]) / 1000).toFixed(0)} ms, from ${((windowUs[0] - profile.startTime) / 1000).toFixed(0)} ms` : ''}\n`);
