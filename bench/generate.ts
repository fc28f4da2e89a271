/**
Writes a synthetic blog archive for benchmarks: deterministic for a seed, mixed JBake, YAML and
TOML headers, and bodies with headings, lists, code, tables and links. Two kinds:

- `worst`: bodies of about 600 words drawn evenly from a vocabulary of 70, so nearly every post
  holds nearly every word (a one-letter query matches 98% of posts): the worst case for ranking
  and for the list.
- `realistic`: words drawn from a Zipf distribution over 20,000 made-up words (a few very
  common, most rare, as in any real text), bodies of 80 to 4,000 words (most a few hundred),
  titles of 2 to 10 words, 0 to 5 tags from a Zipf pool of 400, dates over 20 years. `ledger`
  (the bench's query) is a mid-frequency word, so it matches some posts, not all.

	node --import tsx bench/generate.ts <dir> <count> [seed] [worst|realistic]
*/
import {mkdirSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const vocabulary = (
	'archive terminal reader search index latency render markdown header section summary keyboard '
	+ 'network protocol commons distributed ledger value community peer production cooperative '
	+ 'performance memory startup cache bundle module parser grammar token stream buffer pipe '
	+ 'stability release version feature package install update garden river mountain winter '
	+ 'language history science politics economy design typography colour contrast layout grid'
).split(' ');
const tagPool = ['english', 'commons', 'blockchain', 'p2p', 'performance', 'terminal', 'design', 'release', 'notes', 'travel', 'science', 'politics'];
const sections = ['blog', 'releases', 'notes'];

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6D_2B_79_F5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

function pick<T>(next: () => number, items: readonly T[]): T {
	return items[Math.floor(next() * items.length)]!;
}

function words(next: () => number, count: number): string {
	return Array.from({length: count}, () => pick(next, vocabulary)).join(' ');
}

function sentence(next: () => number): string {
	const text = words(next, 8 + Math.floor(next() * 10));
	return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number): string {
	const parts = Array.from({length: 3 + Math.floor(next() * 3)}, () => sentence(next));
	const index = Math.floor(next() * parts.length);
	parts[index] = `${parts[index]!} See [the ${pick(next, vocabulary)} notes](https://example.org/${pick(next, vocabulary)}) and **${pick(next, vocabulary)}**.`;
	return parts.join(' ');
}

function body(next: () => number): string {
	const blocks: string[] = [];
	let count = 0;
	while (count < 600) {
		const kind = next();
		let block: string;
		if (kind < 0.12) {
			block = `## ${sentence(next).slice(0, -1)}`;
		} else if (kind < 0.22) {
			block = Array.from({length: 3 + Math.floor(next() * 3)}, () => `- ${words(next, 5)} *${pick(next, vocabulary)}*`).join('\n');
		} else if (kind < 0.3) {
			block = `\`\`\`ts\nconst ${pick(next, vocabulary)} = load('${pick(next, vocabulary)}');\nfor (const item of ${pick(next, vocabulary)}) {\n\tconsole.log(item);\n}\n\`\`\``;
		} else if (kind < 0.36) {
			block = `| name | value |\n| --- | --- |\n| ${pick(next, vocabulary)} | ${Math.floor(next() * 1000)} |\n| ${pick(next, vocabulary)} | ${Math.floor(next() * 1000)} |`;
		} else {
			block = paragraph(next);
		}

		count += block.split(/\s+/).length;
		blocks.push(block);
	}

	return blocks.join('\n\n') + '\n';
}

function date(next: () => number): string {
	const year = 2005 + Math.floor(next() * 20);
	const month = 1 + Math.floor(next() * 12);
	const day = 1 + Math.floor(next() * 28);
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function header(next: () => number, style: number, meta: {title: string; date: string; tags: string[]; draft: boolean}): string {
	switch (style) {
		case 0: {
			return `title=${meta.title}\ndate=${meta.date}\ntype=post\ntags=${meta.tags.join(', ')}\nstatus=${meta.draft ? 'draft' : 'published'}\n~~~~~~\n\n`;
		}

		case 1: {
			return `---\ntitle: ${meta.title}\ndate: ${meta.date}\ntags: [${meta.tags.join(', ')}]\nauthor: ${pick(next, ['Ana', 'Bo', 'Chen'])}\n${meta.draft ? 'draft: true\n' : ''}---\n\n`;
		}

		default: {
			return `+++\ntitle = "${meta.title}"\ndate = ${meta.date}\ntags = [${meta.tags.map(tag => `"${tag}"`).join(', ')}]\ndraft = ${meta.draft}\n+++\n\n`;
		}
	}
}

export type ArchiveKind = 'worst' | 'realistic';

/** Writes `count` posts under `dir` (created if needed); the same seed gives the same files. */
export function generateArchive(dir: string, count: number, seed = 1, kind: ArchiveKind = 'worst'): void {
	if (kind === 'realistic') {
		realisticArchive(dir, count, seed);
		return;
	}

	const next = random(seed);
	const created = new Set<string>();
	for (let index = 0; index < count; index++) {
		const postDate = date(next);
		const section = pick(next, sections);
		const year = postDate.slice(0, 4);
		const folder = join(dir, section, year);
		if (!created.has(folder)) {
			mkdirSync(folder, {recursive: true});
			created.add(folder);
		}

		const title = sentence(next).slice(0, -1).split(' ').slice(0, 6).join(' ');
		const tags = [...new Set(Array.from({length: 1 + Math.floor(next() * 4)}, () => pick(next, tagPool)))];
		const text = header(next, index % 3, {title, date: postDate, tags, draft: next() < 0.02}) + `# ${title}\n\n` + body(next);
		writeFileSync(join(folder, `${postDate}-post-${index}.md`), text);
	}
}

/** Ranks 0..size-1 drawn with probability proportional to 1/(rank+1)^exponent. */
function zipf(next: () => number, size: number, exponent: number): () => number {
	const cumulative = new Float64Array(size);
	let total = 0;
	for (let rank = 0; rank < size; rank++) {
		total += 1 / ((rank + 1) ** exponent);
		cumulative[rank] = total;
	}

	return () => {
		const wanted = next() * total;
		let low = 0;
		let high = size - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (cumulative[middle]! < wanted) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}

		return low;
	};
}

const syllables = ['ka', 'lo', 'mi', 'ra', 'te', 'su', 'no', 'vi', 'de', 'po', 'ti', 'ga', 'ber', 'lin', 'sor', 'mak', 'ten', 'rul', 'fis', 'dor', 'ash', 'ew', 'on', 'ix'];

/** A pronounceable made-up word for each rank, all distinct; the bench's query sits at rank 400. */
function madeUpWords(size: number): string[] {
	const made: string[] = [];
	const seen = new Set(vocabulary);
	for (let rank = 0; made.length < size; rank++) {
		let word = '';
		for (let rest = rank + 1; rest > 0; rest = Math.floor(rest / syllables.length)) {
			word += syllables[rest % syllables.length];
		}

		if (word.length > 2 && !seen.has(word)) {
			seen.add(word);
			made.push(word);
		}
	}

	// A few real words among the common ones, so queries a person might type find something.
	for (const [at, word] of vocabulary.entries()) {
		made.splice(Math.min(made.length, 40 + (at * 37)), 0, word);
	}

	made.splice(made.indexOf('ledger'), 1);
	made.splice(400, 0, 'ledger');
	return made.slice(0, size);
}

function realisticArchive(dir: string, count: number, seed: number): void {
	const next = random(seed);
	const lexicon = madeUpWords(20_000);
	const word = zipf(next, lexicon.length, 1.07);
	const tags = madeUpWords(400).map(tag => `t-${tag}`);
	const tag = zipf(next, tags.length, 1.2);
	const text = (length: number): string => Array.from({length}, () => lexicon[word()]!).join(' ');
	const created = new Set<string>();
	for (let index = 0; index < count; index++) {
		const postDate = date(next);
		const section = pick(next, sections);
		const folder = join(dir, section, postDate.slice(0, 4));
		if (!created.has(folder)) {
			mkdirSync(folder, {recursive: true});
			created.add(folder);
		}

		const titleWords = text(2 + Math.floor(next() * 9));
		const title = `${titleWords[0]!.toUpperCase()}${titleWords.slice(1)}`;
		const postTags = [...new Set(Array.from({length: Math.floor(next() * 6)}, () => tags[tag()]!))];
		// Log-normal lengths: most posts a few hundred words, a few very long.
		const length = Math.min(4000, Math.max(80, Math.round(Math.exp(5.8 + (((next() + next() + next()) - 1.5) * 1.6)))));
		const blocks: string[] = [];
		for (let written = 0; written < length;) {
			const kind = next();
			const size = 20 + Math.floor(next() * 80);
			if (kind < 0.08) {
				blocks.push(`## ${text(2 + Math.floor(next() * 5))}`);
			} else if (kind < 0.14) {
				blocks.push(Array.from({length: 2 + Math.floor(next() * 4)}, () => `- ${text(3 + Math.floor(next() * 6))}`).join('\n'));
			} else if (kind < 0.18) {
				blocks.push(`\`\`\`\nconst ${lexicon[word()]!} = ${Math.floor(next() * 100)};\n\`\`\``);
			} else {
				blocks.push(`${text(size)}. See [${lexicon[word()]!}](https://example.org/${lexicon[word()]!}).`);
			}

			written += size;
		}

		const body = `# ${title}\n\n${blocks.join('\n\n')}\n`;
		writeFileSync(join(folder, `${postDate}-post-${index}.md`), header(next, index % 3, {title, date: postDate, tags: postTags, draft: next() < 0.02}) + body);
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [dir, count, seed, kind = 'worst'] = process.argv.slice(2);
	if (!dir || !count || !/^\d+$/.test(count) || (kind !== 'worst' && kind !== 'realistic')) {
		console.error('usage: node --import tsx bench/generate.ts <dir> <count> [seed] [worst|realistic]');
		process.exit(2);
	}

	generateArchive(dir, Number(count), seed ? Number(seed) : 1, kind);
	console.log(`wrote ${count} posts to ${dir}`);
}
