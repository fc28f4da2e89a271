/**
Search speed at 10,000 posts: index build time, then per-keystroke latency while a 6-character
query is typed one character at a time, as the interactive search sees it.

	node --expose-gc --import tsx bench/search.ts [--posts 10000] [--compare]

`--compare` also times fuse.js, uFuzzy and MiniSearch on the same posts, as the candidates that
were measured before the hand-written index was chosen.
*/
import {performance} from 'node:perf_hooks';
import process from 'node:process';
import type {Post} from '../source/archive/post.js';
import {createSearcher} from '../source/search/rank.js';

const argv = process.argv.slice(2);
const postCount = Number(argv[argv.indexOf('--posts') + 1]) || 10_000;
const compare = argv.includes('--compare');

// Mulberry32: a small deterministic generator, so every run searches the same archive.
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6D_2B_79_F5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const next = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

const common = `the of and to in is that it for as with was on be by this are or an at from which but not have
has had were can all their more one also will would about there when been into other some what so its
only these than then them may first new most over such after between many where through each those
use used using like time way people work world network networks system systems data performance
distributed stability consensus protocol community commons design open source software code release
version build test tests testing language programming rust python javascript typescript go java
server client browser terminal reader archive blog post posts note notes year years day week
technology technologies paradigm economy economics politics science education value values practice
practices infrastructure infrastructures topology ledger transaction transactions blockchain peer
performing performer perform serendipity quantum quantify quality queue query queries search index
cache memory speed latency throughput benchmark measure measured result results review reviews`.split(/\s+/);
const syllables = ['ka', 'lo', 'mi', 'ra', 'ten', 'dor', 'vi', 'sel', 'an', 'tro', 'pel', 'qu', 'is', 'ment', 'ing', 'er', 'al', 'ic', 'on', 'ur', 'bra', 'nek', 'sti', 'fo', 'gra', 'per', 'dis', 'con', 'ble', 'tion'];
const accented = ['café', 'naïve', 'façade', 'über', 'señor', 'élan', 'crème', 'brûlée', 'smörgåsbord', 'jalapeño'];
const invented = new Set<string>();
while (invented.size < 40_000) {
	let word = '';
	const length = 2 + Math.floor(next() * 3);
	for (let part = 0; part < length; part++) {
		word += pick(syllables);
	}

	invented.add(word);
}

// Zipf-like: a few words very often, a long tail rarely, as in real prose.
const vocabulary = [...common, ...invented];
const cumulative: number[] = [];
let sum = 0;
for (let rank = 0; rank < vocabulary.length; rank++) {
	sum += 1 / (rank + 1);
	cumulative.push(sum);
}

function word(): string {
	const target = next() * sum;
	let low = 0;
	let high = cumulative.length - 1;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (cumulative[middle]! < target) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return next() < 0.01 ? pick(accented) : vocabulary[low]!;
}

const sentence = (words: number) => Array.from({length: words}, word).join(' ');
const tags = ['rust', 'go', 'p2p', 'commons', 'english', 'español', 'notes', 'design', 'web', 'data', 'music', 'travel', 'books', 'linux', 'ai'];

function makePost(number: number): Post {
	const title = sentence(3 + Math.floor(next() * 6)).replace(/^./, first => first.toUpperCase());
	const summary = sentence(25);
	const parts = [`## ${sentence(4)}`, summary];
	let words = 30;
	while (words < 600) {
		const kind = next();
		if (kind < 0.1) {
			parts.push(`- ${sentence(6)}\n- ${sentence(5)}\n- [${word()}](https://example.com/${word()})`);
		} else if (kind < 0.15) {
			parts.push('```js\nconst value = compute(' + word() + ');\n```');
		} else if (kind < 0.2) {
			parts.push(`| ${word()} | ${word()} |\n| --- | --- |\n| ${word()} | ${word()} |`);
		} else {
			parts.push(sentence(40) + '.');
		}

		words += 40;
	}

	const year = 2024 - Math.floor(number / 1000);
	return {
		slug: `post-${number}`,
		title,
		date: `${year}-01-01`,
		tags: [pick(tags), pick(tags)],
		authors: ['Bench'],
		status: 'published',
		type: 'post',
		summary,
		words,
		minutes: Math.ceil(words / 200),
		path: `posts/post-${number}.md`,
		section: null,
		format: 'markdown',
		body: parts.join('\n\n'),
		file: `/bench/posts/post-${number}.md`,
	};
}

function percentile(sorted: readonly number[], fraction: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

function summary(label: string, times: number[]): void {
	times.sort((a, b) => a - b);
	console.log(`${label.padEnd(44)} median ${percentile(times, 0.5).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 0.95).toFixed(1).padStart(7)} ms   max ${times.at(-1)!.toFixed(1).padStart(7)} ms`);
}

const generateStart = performance.now();
const posts = Array.from({length: postCount}, (_, number) => makePost(number));
const textBytes = posts.reduce((total, post) => total + post.body.length, 0);
console.log(`${postCount} posts, ${(textBytes / 1e6).toFixed(1)} M body characters, generated in ${(performance.now() - generateStart).toFixed(0)} ms; node ${process.version}`);

// Drop the generator's garbage (with --expose-gc) so RSS shows what the posts and the index hold.
(globalThis as {gc?: () => void}).gc?.();
const rssBefore = process.memoryUsage().rss;
// The interactive reader builds between frames instead: how long until all posts are searchable,
// and the longest the event loop is held at a time.
const slicedStart = performance.now();
const search = createSearcher(posts);
const slices: number[] = [];
for (let done = false; !done;) {
	const start = performance.now();
	done = search.prepare(8);
	slices.push(performance.now() - start);
	await new Promise(resolve => {
		setImmediate(resolve);
	});
}

summary(`index build in ${slices.length} slices of 8 ms, each`, slices);
console.log(`  all searchable after                       ${(performance.now() - slicedStart).toFixed(0)} ms; RSS ${(rssBefore / 1e6).toFixed(0)} -> ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);

// The command line builds it in one go on its first query.
const buildStart = performance.now();
const buildCpu = process.cpuUsage();
createSearcher(posts)('x');
const buildTime = performance.now() - buildStart;
// CPU time too: on a shared machine wall time also counts other processes' turns.
const buildCpuTime = process.cpuUsage(buildCpu).user / 1000;
console.log(`index build (first query)                    ${buildTime.toFixed(0)} ms (${buildCpuTime.toFixed(0)} ms CPU)`);

const queries = ['perfor', 'stabil', 'distri', 'quanti', 'serend', 'go pro', 'p2p ne', 'zzzzzz'];
for (const limit of [undefined, 200]) {
	const all: number[] = [];
	const byLength: number[][] = [[], [], [], [], [], []];
	for (let round = 0; round < 3; round++) {
		for (const query of queries) {
			for (let length = 1; length <= query.length; length++) {
				const start = performance.now();
				search(query.slice(0, length), {limit});
				const time = performance.now() - start;
				all.push(time);
				byLength[length - 1]!.push(time);
			}
		}
	}

	const label = limit === undefined ? 'all results' : `limit ${limit}`;
	byLength.forEach((times, length) => {
		summary(`  ${label}, ${length + 1}-character prefix`, times);
	});
	summary(`per keystroke, ${label}`, all);
}

for (const query of queries) {
	console.log(`  "${query}": ${search(query).length} matches; top: ${search(query, {limit: 1})[0]?.post.title ?? '-'}`);
}

console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB`);

if (compare) {
	await compareCandidates(posts, queries);
}

async function compareCandidates(posts: readonly Post[], queries: readonly string[]): Promise<void> {
	const {default: Fuse} = await import('fuse.js');
	const {default: UFuzzy} = await import('@leeoniya/ufuzzy');
	const {default: MiniSearch} = await import('minisearch');
	const typed = queries.flatMap(query => Array.from({length: query.length}, (_, length) => query.slice(0, length + 1)));
	const time = (label: string, run: (query: string) => unknown) => {
		const times: number[] = [];
		for (const query of typed) {
			const start = performance.now();
			run(query);
			times.push(performance.now() - start);
		}

		summary(label, times);
	};

	const titles = posts.map(post => post.title);
	const fuseTitles = new Fuse(posts as Post[], {keys: ['title', 'tags'], threshold: 0.35, includeMatches: true});
	time('fuse.js, title + tags', query => fuseTitles.search(query));
	const uf = new UFuzzy({intraMode: 1});
	time('uFuzzy, titles', query => uf.search(titles, query));
	let start = performance.now();
	const mini = new MiniSearch({fields: ['title', 'tags', 'summary', 'body'], idField: 'slug', searchOptions: {prefix: true, fuzzy: 0.2, boost: {title: 3, tags: 2}, combineWith: 'AND'}});
	mini.addAll(posts.slice(0, 2000) as Post[]);
	console.log(`MiniSearch build, 2,000 of the posts: ${(performance.now() - start).toFixed(0)} ms`);
	time('MiniSearch over those 2,000, prefix + fuzzy', query => mini.search(query));
	start = performance.now();
	const fuseBodies = new Fuse(posts.slice(0, 1000) as Post[], {keys: ['title', 'body'], threshold: 0.3, ignoreLocation: true});
	console.log(`fuse.js build, 1,000 bodies: ${(performance.now() - start).toFixed(0)} ms`);
	time('fuse.js over 1,000 bodies', query => fuseBodies.search(query.slice(0, 3)));
}
