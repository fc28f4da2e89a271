/**
Writes a synthetic blog archive for benchmarks: deterministic for a seed, mixed JBake, YAML and
TOML headers, and bodies of about 600 words with headings, lists, code, tables and links.

	node --import tsx bench/generate.ts <dir> <count> [seed]
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

/** Writes `count` posts under `dir` (created if needed); the same seed gives the same files. */
export function generateArchive(dir: string, count: number, seed = 1): void {
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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [dir, count, seed] = process.argv.slice(2);
	if (!dir || !count || !/^\d+$/.test(count)) {
		console.error('usage: node --import tsx bench/generate.ts <dir> <count> [seed]');
		process.exit(2);
	}

	generateArchive(dir, Number(count), seed ? Number(seed) : 1);
	console.log(`wrote ${count} posts to ${dir}`);
}
