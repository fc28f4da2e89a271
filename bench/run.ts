/**
`npm run bench`: start-up, typing latency, pipe commands and memory of the built reader at 10k
and 50k posts, with `node -e 0` (and `fzf --filter`, when installed) measured in the same run as
baselines. Prints the table and writes bench/RESULTS.md. Timings are medians: the machine is
shared, so single runs say little.

	npm run bench                      (build, then this file)
	node --import tsx bench/run.ts --quick   (fewer runs, for trying a change)
	node --import tsx bench/run.ts --typing  (the typing measures only; see bench/typing.ts)
	BENCH_ONLY=bundled,warm npm run bench    (those groups only, printed, RESULTS.md untouched)
	node --import tsx bench/run.ts --find    (find in the 5 MB post only; prints its row)

Groups for BENCH_ONLY: bundled (first frame of the bundled archive), cold and warm (10k in the
reader), pipes (search --json, show, list and list | head -1 at 10k), realistic (10k posts of
Zipf-distributed words, warm), coldtyping (typing into the realistic 10k while its first start
still indexes), huge (the 5 MB post), find (find in it), large (50k: memory, searchable and
typing), largest (the same at 100k; its archive takes about 800 MB of disk).
*/
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';
import {join} from 'node:path';
import {archiveOf, repoRoot} from './archives.js';
import {readerEntry} from './build-copy.js';
import {findInPostSession, fzfFilter, hugePostArchive, nodeBaseline, openPostSession, readerSession, stateFolder, warmCache, type Session} from './measures.js';
import {timeFirstLine, timeReader} from './processes.js';
import {markdownTable, type Row} from './report.js';
import {summarize, type Summary} from './stats.js';
import {typingOnly} from './typing.js';

const quick = process.argv.includes('--quick');
// A subset of the groups, for trying a change: its figures are printed, never written as results.
const only = process.env['BENCH_ONLY']?.split(',').map(name => name.trim()).filter(Boolean);
const want = (group: string): boolean => only === undefined || only.includes(group);
// Other work on the machine moves every timing; the report says how busy it was.
const loadBefore = loadavg()[0]!;
const runs = (full: number): number => (quick ? Math.max(1, Math.ceil(full / 3)) : full);
// Six characters, one at a time; a word of the generated archives' vocabulary.
const query = 'ledger';
const slug = 'post-5';
const log = (text: string): void => {
	process.stderr.write(`bench: ${text}\n`);
};

if (process.argv.includes('--typing')) {
	await typingOnly(process.argv, query, log);
	process.exit(0);
}

/** Find in a 5 MB post: sessions of `rounds` finds each, on a fresh copy of the huge archive. */
async function findInHugePost(sessions: number, rounds: number): Promise<number[]> {
	const huge = hugePostArchive();
	const findState = stateFolder();
	try {
		const samples: number[] = [];
		for (let session = 0; session < sessions; session++) {
			samples.push(...await findInPostSession(huge, findState.path, rounds));
		}

		return samples;
	} finally {
		rmSync(huge, {recursive: true, force: true});
		findState.remove();
	}
}

const findMeasure = 'find in a 5 MB post: keys → highlighted hit';
const findTarget = '≤ 200 ms';

if (process.argv.includes('--find')) {
	readerEntry();
	log('find in a 5 MB post');
	const samples = await findInHugePost(3, 5);
	process.stdout.write(`\n${markdownTable([{measure: findMeasure, target: findTarget, summary: summarize(samples), unit: 'ms', met: summarize(samples).median <= 200}])}\n`);
	process.exit(0);
}

// A baseline sample before each measured process, so both see the same load on a shared machine.
const nodeSamples: number[] = [];
async function baseline(): Promise<void> {
	nodeSamples.push(await nodeBaseline());
}

/** Runs `measure` `count` times, each after its own baseline sample. */
async function sampled<T>(count: number, measure: () => Promise<T>): Promise<T[]> {
	const samples: T[] = [];
	for (let run = 0; run < count; run++) {
		await baseline();
		samples.push(await measure());
	}

	return samples;
}

// Copied straight after the build, before anyone else's build can replace it.
readerEntry();
const archive1k = archiveOf('1k', 1000);
const archive10k = archiveOf('10k', 10_000);
const archive50k = want('large') ? archiveOf('50k', 50_000) : '';
const archive100k = want('largest') ? archiveOf('100k', 100_000) : '';
void archive1k;
const state = stateFolder();

log('node -e 0');
for (let run = 0; run < runs(5); run++) {
	await baseline();
}

let bundled: Session[] = [];
if (want('bundled')) {
	log('first frame, bundled archive');
	state.empty();
	await warmCache(undefined, state.path);
	bundled = await sampled(runs(7), async () => readerSession({stateDir: state.path, waitForIndex: false}));
}

let cold: Session[] = [];
if (want('cold')) {
	log('first frame and indexing at 10k, cold cache');
	cold = await sampled(runs(4), async () => {
		state.empty();
		return readerSession({dir: archive10k, stateDir: state.path, waitForIndex: true});
	});
}

/** Sessions on an archive whose cache one start has filled: each waits until every post is searchable, then types the query twice. */
async function warmTyping(archive: string, count: number): Promise<Session[]> {
	state.empty();
	await warmCache(archive, state.path);
	return sampled(count, async () => readerSession({dir: archive, stateDir: state.path, waitForIndex: true, query, rounds: 2}));
}

state.empty();
await warmCache(archive10k, state.path);
let warm: Session[] = [];
if (want('warm')) {
	log('first frame, indexing and typing at 10k, warm cache');
	warm = await sampled(runs(6), async () => readerSession({dir: archive10k, stateDir: state.path, waitForIndex: true, query, rounds: 2}));
}

let realistic: Session[] = [];
if (want('realistic')) {
	log('first frame and typing at 10k realistic posts, warm cache');
	realistic = await warmTyping(archiveOf('10k-realistic', 10_000, 'realistic'), runs(4));
	state.empty();
	await warmCache(archive10k, state.path);
}

let searchJson: number[] = [];
let show: number[] = [];
let firstShow: number[] = [];
let list: number[] = [];
let listHead: Array<{readonly firstLineMs: number; readonly exitMs: number}> = [];
if (want('pipes')) {
	log('search --json and show to a pipe at 10k (warm cache)');
	searchJson = await sampled(runs(6), async () => (await timeReader(['--dir', archive10k, 'search', query, '--json'], {BLOG_READER_STATE_DIR: state.path})).ms);
	// Shown once first: every sample reads back its kept rendering, as a post shown again does.
	await timeReader(['--dir', archive10k, 'show', slug], {BLOG_READER_STATE_DIR: state.path});
	show = await sampled(runs(6), async () => (await timeReader(['--dir', archive10k, 'show', slug], {BLOG_READER_STATE_DIR: state.path})).ms);
	// A post never shown before each time (post-1000 to post-1005 are all there): the renderer runs.
	let unseen = 1000;
	firstShow = await sampled(runs(6), async () => (await timeReader(['--dir', archive10k, 'show', `post-${unseen++}`], {BLOG_READER_STATE_DIR: state.path})).ms);
	list = await sampled(runs(6), async () => (await timeReader(['--dir', archive10k, 'list'], {BLOG_READER_STATE_DIR: state.path})).ms);
	listHead = await sampled(runs(6), async () => timeFirstLine(['--dir', archive10k, 'list'], {BLOG_READER_STATE_DIR: state.path}));
}

const titles = want('pipes') ? JSON.parse(
	(await import('node:child_process')).execFileSync(process.execPath, [readerEntry(), '--dir', archive10k, 'list', '--json'], {encoding: 'utf8', maxBuffer: 1 << 28, env: {...process.env, BLOG_READER_STATE_DIR: state.path}}),
) as Array<{title: string}> : [];
const titleText = titles.map(post => post.title).join('\n') + '\n';
log('fzf --filter over the same titles');
const fzf: number[] = [];
for (let run = 0; run < (want('pipes') ? runs(6) : 0); run++) {
	const ms = await fzfFilter(query, titleText);
	if (ms === undefined) {
		log('fzf not found: skipped');
		break;
	}

	fzf.push(ms);
}

let coldTyping: Session[] = [];
if (want('coldtyping')) {
	log('typing at 10k realistic posts while the first start indexes them (no cache)');
	const archive = archiveOf('10k-realistic', 10_000, 'realistic');
	coldTyping = await sampled(runs(3), async () => {
		state.empty();
		return readerSession({dir: archive, stateDir: state.path, waitForIndex: false, query, rounds: 1});
	});
	state.empty();
	await warmCache(archive10k, state.path);
}

let hugeFirstScreen: number[] = [];
if (want('huge')) {
	log('first screen of a 5 MB post');
	const huge = hugePostArchive();
	state.empty();
	hugeFirstScreen = await sampled(runs(4), async () => openPostSession(huge, state.path, 'First words of the huge post'));
	rmSync(huge, {recursive: true, force: true});
}

let large: Session[] = [];
if (want('large')) {
	log('memory and typing at 50k (warm cache)');
	large = await warmTyping(archive50k, runs(2));
}

let largest: Session[] = [];
if (want('largest')) {
	log('first frame, memory and typing at 100k (warm cache)');
	largest = await warmTyping(archive100k, runs(2));
}

let findSamples: number[] = [];
if (want('find')) {
	log('find in a 5 MB post');
	findSamples = await findInHugePost(runs(3), 5);
}

state.remove();

// Report.
const node = summarize(nodeSamples);
const fzfSummary = fzf.length > 0 ? summarize(fzf) : undefined;
const pick = (list: readonly Session[], get: (session: Session) => number | undefined): number[] => list.map(get).filter((value): value is number => value !== undefined);
const ratio = (summary: Summary): number => summary.median / node.median;
const ms = (measure: string, target: string, samples: readonly number[], check?: (summary: Summary) => boolean, withRatio = true, note?: (summary: Summary) => string): Row => {
	const summary = summarize(samples);
	return {measure, target, summary, unit: 'ms', ratio: withRatio ? ratio(summary) : undefined, met: check?.(summary), note: note?.(summary)};
};

const echo = warm.flatMap(session => session.keyEchoMs);
const results = warm.flatMap(session => session.keyResultsMs);
const rows: Row[] = [
	{measure: '`node -e 0` (baseline)', target: '', summary: node, unit: 'ms'},
	...(fzfSummary ? [{measure: `\`fzf --filter ${query}\`, 10k titles (baseline)`, target: '', summary: fzfSummary, unit: 'ms' as const, ratio: ratio(fzfSummary)}] : []),
	ms('first frame, bundled archive', '≤ 3× node', pick(bundled, session => session.firstFrameMs), summary => ratio(summary) <= 3),
	ms('first frame, 10k, cold cache', '', pick(cold, session => session.firstFrameMs)),
	ms('first frame, 10k, warm cache', '≤ 3× node', pick(warm, session => session.firstFrameMs), summary => ratio(summary) <= 3),
	ms('all 10k searchable, cold cache', '≤ 1500 ms', pick(cold, session => session.searchableMs), summary => summary.median <= 1500, false),
	ms('all 10k searchable, warm cache', '≤ 1500 ms', pick(warm, session => session.searchableMs), summary => summary.median <= 1500, false),
	ms('key → typed character shown, 10k', '≤ 16 ms', echo, summary => summary.median <= 16, false, summary => `p95 ${summary.p95.toFixed(1)} ms`),
	ms('key → results shown, 10k', 'median ≤ 50, p95 ≤ 100 ms', results, summary => summary.median <= 50 && summary.p95 <= 100, false, summary => `p95 ${summary.p95.toFixed(1)} ms`),
	ms(`\`search ${query} --json\`, 10k`, '≤ 3× node', searchJson, summary => ratio(summary) <= 3, true, summary => (fzfSummary ? `${(summary.median / fzfSummary.median).toFixed(1)}× fzf` : '')),
	ms(`\`show ${slug}\` to a pipe, 10k`, '≤ 2× node', show, summary => ratio(summary) <= 2, true, () => 'shown before: its kept rendering'),
	ms('`show` of a post not shown before, 10k', '≤ 2× node', firstShow, summary => ratio(summary) <= 2, true, () => 'rendered'),
	ms('`list` to a pipe, 10k', '≤ 3× node', list, summary => ratio(summary) <= 3),
	ms('`list | head -1`, 10k: first line', '', listHead.map(run => run.firstLineMs), undefined, true, () => `gone ${summarize(listHead.map(run => run.exitMs)).median.toFixed(0)} ms after the spawn`),
	ms('Enter → first screen of a 5 MB post', '≤ 1000 ms', hugeFirstScreen, summary => summary.median <= 1000, false),
	ms(findMeasure, findTarget, findSamples, summary => summary.median <= 200, false),
	{measure: 'peak RSS, 10k, index built and after typing', target: '≤ 250 MB', summary: summarize(pick(warm, session => session.peakRssBytes)), unit: 'MB', met: summarize(pick(warm, session => session.peakRssBytes)).median <= 250 * 1024 * 1024},
	ms('first frame, 10k realistic, warm cache', '≤ 3× node', pick(realistic, session => session.firstFrameMs), summary => ratio(summary) <= 3),
	ms('key → results shown, 10k realistic', 'median ≤ 50, p95 ≤ 100 ms', realistic.flatMap(session => session.keyResultsMs), summary => summary.median <= 50 && summary.p95 <= 100, false, summary => `p95 ${summary.p95.toFixed(1)} ms`),
	{measure: 'peak RSS, 10k realistic, after typing', target: '≤ 250 MB', summary: summarize(pick(realistic, session => session.peakRssBytes)), unit: 'MB', met: summarize(pick(realistic, session => session.peakRssBytes)).median <= 250 * 1024 * 1024},
	ms('key → results shown, 50k', 'median ≤ 50, p95 ≤ 100 ms', large.flatMap(session => session.keyResultsMs), summary => summary.median <= 50 && summary.p95 <= 100, false, summary => `p95 ${summary.p95.toFixed(1)} ms`),
	{measure: 'peak RSS, 50k, index built and after typing', target: '', summary: summarize(pick(large, session => session.peakRssBytes)), unit: 'MB'},
	ms('all 50k searchable, warm cache', '', pick(large, session => session.searchableMs), undefined, false),
	ms('key → typed character shown, 10k realistic, first start indexing', '', coldTyping.flatMap(session => session.keyEchoMs), undefined, false, summary => `p95 ${summary.p95.toFixed(1)} ms`),
	ms('key → results shown, 10k realistic, first start indexing', 'median ≤ 50, p95 ≤ 100 ms', coldTyping.flatMap(session => session.keyResultsMs), summary => summary.median <= 50 && summary.p95 <= 100, false, summary => `p95 ${summary.p95.toFixed(1)} ms`),
	ms('first frame, 100k, warm cache', '≤ 4× node', pick(largest, session => session.firstFrameMs), summary => ratio(summary) <= 4),
	ms('key → results shown, 100k', 'median ≤ 50, p95 ≤ 100 ms', largest.flatMap(session => session.keyResultsMs), summary => summary.median <= 50 && summary.p95 <= 100, false, summary => `p95 ${summary.p95.toFixed(1)} ms`),
	{measure: 'peak RSS, 100k, index built and after typing', target: '≤ 250 MB', summary: summarize(pick(largest, session => session.peakRssBytes)), unit: 'MB', met: summarize(pick(largest, session => session.peakRssBytes)).median <= 250 * 1024 * 1024},
	ms('all 100k searchable, warm cache', '', pick(largest, session => session.searchableMs), undefined, false),
	...perPost(),
];

/**
What each more post costs the warm reader: the peak RSS of the largest archive measured less that
at 10k, over the posts between them. The fixed part (node, Ink, the code) cancels out.
*/
function perPost(): Row[] {
	const [larger, posts] = largest.length > 0 ? [largest, 100_000] : [large, 50_000];
	const base = summarize(pick(warm, session => session.peakRssBytes)).median;
	if (larger.length === 0 || warm.length === 0) {
		return [];
	}

	const each = pick(larger, session => session.peakRssBytes).map(bytes => (bytes - base) / (posts - 10_000));
	const summary = summarize(each);
	return [{measure: `memory a post, warm reader (peak RSS at ${posts / 1000}k less at 10k)`, target: '≤ 1.5 KB', summary, unit: 'KB', met: summary.median <= 1.5 * 1024}];
}

// Rows of groups not run (BENCH_ONLY) have no samples.
const table = markdownTable(rows.filter(row => row.summary.count > 0));
const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, load average ${loadBefore.toFixed(1)} before and ${loadavg()[0]!.toFixed(1)} after`;
process.stdout.write(`\n${table}\n\n${machine}, ${when} UTC\n`);
if (only !== undefined) {
	process.exit(0);
}

// What follows the marker is written by hand (why a target is missed) and kept across runs.
const resultsFile = join(repoRoot, 'bench', 'RESULTS.md');
const marker = '<!-- notes: kept by bench/run.ts -->';
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
const notes = previous.includes(marker) ? previous.slice(previous.indexOf(marker)) : `${marker}\n`;
writeFileSync(resultsFile, `# Benchmark results\n\n\`npm run bench\`, ${when} UTC, ${machine}${quick ? ' (quick run)' : ''}.\n\n${table}\n\n${notes}`);
