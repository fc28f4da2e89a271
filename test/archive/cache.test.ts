import {emptyCacheEachTest} from './isolated-cache.js';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {type LoadOptions, loadArchive} from '../../source/archive/load.js';
import {type Archive, postToJson} from '../../source/archive/post.js';
import {type CatalogFile, decodeCatalog, encodeCatalog, catalogFormatVersion} from '../../source/archive/cache/catalog-format.js';
import {folderStampsFileFor} from '../../source/archive/cache/folder-stamps.js';
import {headFileFor} from '../../source/archive/cache/catalog-head.js';
import {sealed} from '../../source/state/seal.js';
import {writeHostileArchive} from '../fixtures/hostile.js';
import {writeHugoSite, writeJekyllSite} from '../fixtures/sites.js';
import {hashTree, settle, settledArchive, writeTree} from '../fixtures/tree.js';
import {archiveView} from '../helpers/archive-view.js';

// Every test starts with an empty cache folder of its own.
const cacheFolder = emptyCacheEachTest();

interface Loaded {
	readonly archive: Archive;
	readonly warnings: readonly string[];
}

function load(dir: string, options: LoadOptions = {}): Loaded {
	const warnings: string[] = [];
	const archive = loadArchive(dir, {...options, onWarning: message => warnings.push(message)});
	return {archive, warnings};
}

function cacheFiles(): string[] {
	const folder = join(cacheFolder(), 'cache', 'archives');
	return existsSync(folder) ? readdirSync(folder).map(name => join(folder, name)) : [];
}

/** The one index file, after a load has written it. */
function indexFile(): string {
	const files = cacheFiles().filter(name => name.endsWith('.index'));
	assert.equal(files.length, 1, `one index file, found ${files.join(', ')}`);
	return files[0]!;
}

/** Sets a file's times, so a test can make an edit look untouched or touched. */
function setTime(file: string, seconds: number): void {
	utimesSync(file, seconds, seconds);
}

const mixed = {
	'blog/2020/2020-01-02-yaml.md': '---\ntitle: YAML Post\ntags: [one, two]\nauthor: Ann\n---\n\nFirst paragraph of YAML.\n\n## Part\n\nMore words here.\n',
	'blog/2020/toml.md': '+++\ntitle = "TOML Post"\ndate = 2020-03-04\ntags = ["three"]\n+++\n\nTOML body *text*.\n',
	'notes/jbake.md': 'title=JBake Post\ndate=2019-05-06\ntags=a, b\nstatus=published\n~~~~~~\n\nJBake body.\n',
	'notes/draft.md': '---\ntitle: A Draft\ndraft: true\n---\n\nNot yet.\n',
	'notes/about.md': '---\ntitle: About\ntype: page\n---\n\nA page.\n',
	'notes/doc.adoc': '= AsciiDoc Post\n:jbake-type: post\n:jbake-date: 2018-01-01\n\nAsciiDoc paragraph.\n',
	'notes/page.html': 'title=HTML Post\ndate=2017-01-01\n~~~~~~\n<p>Some <b>HTML</b> &amp; more.</p>\n',
	'notes/generated.html': '<html><body>not a post</body></html>\n',
	'notes/same.md': '# Same Slug A\n',
	'blog/same.md': '# Same Slug B\n',
	'blog/binary.md': new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]),
	'notes/Caf\u00E9 \u2603.md': '---\ntitle: "Caf\u00E9 \u2603 \u2026 \u{1F600}"\n---\n\nNon-ASCII body \u00E9.\n',
};

test('a warm start shows exactly what a fresh read shows: posts, fields, order, bodies, skips', () => {
	const dir = settledArchive(mixed);
	for (const drafts of [false, true]) {
		const fresh = load(dir, {drafts, cache: false});
		const first = load(dir, {drafts});
		const warm = load(dir, {drafts});
		assert.deepEqual(archiveView(first.archive), archiveView(fresh.archive));
		assert.deepEqual(archiveView(warm.archive), archiveView(fresh.archive));
		assert.deepEqual([...first.warnings, ...warm.warnings], []);
	}

	const titles = load(dir).archive.posts.map(post => post.title);
	assert.ok(titles.includes('Caf\u00E9 \u2603 \u2026 \u{1F600}'));
	assert.ok(titles.includes('HTML Post'));
});

test('warm equals fresh for generator sites and for a hostile archive, with no warnings', () => {
	const sites = [writeJekyllSite(settledArchive({})), writeHugoSite(settledArchive({})), writeHostileArchive(settledArchive({}))].map(dir => settle(dir));
	for (const dir of sites) {
		const fresh = load(dir, {drafts: true, cache: false});
		load(dir, {drafts: true});
		const warm = load(dir, {drafts: true});
		assert.deepEqual(archiveView(warm.archive), archiveView(fresh.archive));
		assert.deepEqual(warm.warnings, []);
	}
});

test('a warm start reports skipped files again, as a fresh read does', () => {
	const dir = settledArchive({'good.md': '# Good\n', 'binary.md': new Uint8Array([0, 1, 2, 0])});
	load(dir);
	const reported: unknown[] = [];
	const warm = loadArchive(dir, {onSkip: skipped => reported.push(skipped)});
	assert.deepEqual(reported, [{path: 'binary.md', reason: 'binary file (NUL bytes)'}]);
	assert.deepEqual(warm.skipped, reported);
});

test('a file whose size and time are unchanged is taken from the index, not read', () => {
	const dir = settledArchive({'post.md': '# Title One\n\nBody one.\n'});
	const file = join(dir, 'post.md');
	setTime(file, 1_600_000_000);
	load(dir);
	// Same length, same time: nothing tells the loader it changed.
	writeFileSync(file, '# Title Two\n\nBody two.\n');
	setTime(file, 1_600_000_000);
	const warm = load(dir).archive.posts[0]!;
	assert.equal(warm.title, 'Title One');
	// The body is read now, as the file is.
	assert.equal(warm.body, '# Title Two\n\nBody two.\n');
});

test('an edited file is read again: by size, and by time alone', () => {
	const dir = settledArchive({'post.md': '# Title One\n\nBody.\n', 'other.md': '# Other\n'});
	const file = join(dir, 'post.md');
	setTime(file, 1_600_000_000);
	load(dir);

	// Longer, time kept.
	writeFileSync(file, '# A Longer Title\n\nBody.\n');
	setTime(file, 1_600_000_000);
	assert.deepEqual(load(dir).archive.posts.map(post => post.title).sort(), ['A Longer Title', 'Other']);

	// Same length, another time.
	writeFileSync(file, '# Title Two\n\nBody.\n\n');
	setTime(file, 1_600_000_000);
	assert.equal(load(dir).archive.posts.find(item => item.path === 'post.md')!.title, 'Title Two');
	writeFileSync(file, '# Title Six\n\nBody.\n\n');
	setTime(file, 1_600_000_100);
	const {archive} = load(dir);
	assert.equal(archive.posts.find(item => item.path === 'post.md')!.title, 'Title Six');
	assert.deepEqual(archiveView(archive), archiveView(load(dir, {cache: false}).archive));
});

test('a file changed moments ago is read again next time, even with its size and time as they were', () => {
	const dir = settledArchive({'other.md': '# Other\n'});
	const file = join(dir, 'post.md');
	// A whole second, as a coarse clock would record it, and one that has only just begun.
	const now = Math.floor(Date.now() / 1000);
	writeFileSync(file, '# Title One\n');
	setTime(file, now);
	assert.equal(load(dir).archive.posts.find(item => item.path === 'post.md')!.title, 'Title One');
	// A second save within the same tick: nothing but the content tells.
	writeFileSync(file, '# Title Two\n');
	setTime(file, now);
	assert.equal(load(dir).archive.posts.find(item => item.path === 'post.md')!.title, 'Title Two');
});

test('a new file appears and a removed one disappears; slugs are settled again', () => {
	const dir = settledArchive({'b/post.md': '# B\n', 'c/other.md': '# C\n'});
	assert.deepEqual(load(dir).archive.posts.map(post => post.slug).sort(), ['other', 'post']);

	writeTree(dir, {'a/post.md': '# A\n'});
	const added = load(dir);
	assert.deepEqual(added.archive.posts.map(post => `${post.path} ${post.slug}`).sort(), ['a/post.md post', 'b/post.md post-2', 'c/other.md other']);
	assert.deepEqual(archiveView(added.archive), archiveView(load(dir, {cache: false}).archive));

	rmSync(join(dir, 'a/post.md'));
	rmSync(join(dir, 'c/other.md'));
	const removed = load(dir);
	assert.deepEqual(removed.archive.posts.map(post => `${post.path} ${post.slug}`), ['b/post.md post']);
	assert.deepEqual(archiveView(load(dir).archive), archiveView(load(dir, {cache: false}).archive));
});

test('a file deleted after a warm load gives an empty body; a replaced one gives its new body', () => {
	const dir = settledArchive({'gone.md': '# Gone\n\nBody.\n', 'swapped.md': 'title=Swapped\n~~~~~~\n\nOld body.\n'});
	load(dir);
	const {archive} = load(dir);
	rmSync(join(dir, 'gone.md'));
	writeFileSync(join(dir, 'swapped.md.new'), 'title=Swapped\n~~~~~~\n\nNew body, longer.\n');
	renameSync(join(dir, 'swapped.md.new'), join(dir, 'swapped.md'));
	const gone = archive.posts.find(post => post.path === 'gone.md')!;
	const swapped = archive.posts.find(post => post.path === 'swapped.md')!;
	assert.equal(gone.body, '');
	assert.equal(gone.title, 'Gone');
	assert.deepEqual(postToJson(gone, true)['body'], '');
	assert.equal(swapped.body, '\nNew body, longer.\n');
	// Read once and kept: a later change does not alter what the reader already shows.
	writeFileSync(join(dir, 'swapped.md'), 'title=Swapped\n~~~~~~\n\nThird.\n');
	assert.equal(swapped.body, '\nNew body, longer.\n');
});

test('warm posts read and serialise like fresh ones', () => {
	const dir = settledArchive(mixed);
	const fresh = load(dir, {cache: false}).archive.posts;
	load(dir);
	const warm = load(dir).archive.posts;
	assert.equal(warm.length, fresh.length);
	// Every field a fresh post has, read from the warm one (whose own texts are getters).
	for (const [at, post] of fresh.entries()) {
		for (const key of Object.keys(post) as Array<keyof typeof post>) {
			assert.deepEqual(warm[at]![key], post[key], `${post.path}: ${key}`);
		}
	}

	assert.equal(JSON.stringify(warm.map(post => postToJson(post))), JSON.stringify(fresh.map(post => postToJson(post))));
});

/** Writes bytes as our files are written, checksum and all: a test of what the decoder makes of them. */
function writeSealed(file: string, bytes: string | Buffer): void {
	writeFileSync(file, Buffer.concat(sealed([Buffer.from(bytes)])));
}

const damaged: ReadonlyArray<readonly [string, (file: string) => void, RegExp]> = [
	['garbage', file => writeSealed(file, 'not json at all \u0000\u00FF'), /truncated or not JSON/],
	['unsealed garbage', file => writeFileSync(file, 'not json at all \u0000\u00FF'), /damaged or written by an older version \(no checksum\)/],
	['truncated', file => truncateSync(file, Math.floor(statSync(file).size / 2)), /: truncated;/],
	['header cut short', file => writeSealed(file, readFileSync(file).subarray(0, 30)), /truncated or not JSON/],
	['cut short', file => truncateSync(file, 30), /: truncated;/],
	['cut inside its checksum', file => truncateSync(file, 10), /damaged or written by an older version/],
	['longer than written', file => writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from('x')])), /damaged \(longer than written\)/],
	['empty', file => writeSealed(file, ''), /truncated or not JSON/],
	['empty and unsealed', file => writeFileSync(file, ''), /damaged/],
	['foreign', file => writeSealed(file, '{"name": "some other program", "entries": []}'), /not a file blog-reader wrote/],
	['first format (JSON)', file => writeFileSync(file, JSON.stringify({magic: 'blog-reader archive index', version: 1, files: {}, posts: {}})), /written by an older version/],
	['second format (no checksum)', file => writeFileSync(file, olderVersion(file)), /written by an older version/],
	['other format version', file => writeSealed(file, olderVersion(file)), /written in another format version/],
	['damaged columns', file => edit(file, index => ({...index, files: {...index.files, size: new Float64Array(index.files.size.length).fill(-1)}})), /damaged/],
	...[Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY].map(time => [`${time} file time`, (file: string) => edit(file, index => ({...index, files: {...index.files, mtimeMs: index.files.mtimeMs.map((value, row) => (row === index.files.mtimeMs.length - 1 ? time : value))}})), /damaged/] as const),
	['fractional size', file => edit(file, index => ({...index, files: {...index.files, size: index.files.size.map((value, row) => (row === 0 ? value + 0.5 : value))}})), /damaged/],
	['post row out of range', file => edit(file, index => ({...index, files: {...index.files, post: index.files.post.map((value, row) => (row === 0 ? index.posts.words.length : value))}})), /damaged/],
	['order with a row twice', file => edit(file, index => ({...index, settled: index.settled && {...index.settled, order: index.settled.order.map((value, row, order) => (row === order.length - 1 ? order[0]! : value))}})), /damaged/],
	['escape in a title', file => edit(file, index => ({...index, posts: {...index.posts, title: Array.from({length: index.posts.title.length}, (_, row) => `${index.posts.title.at(row)!}\u001B[2J`)}})), /damaged/],
	['tag list with a row too many', file => edit(file, index => ({...index, posts: {...index.posts, tags: index.posts.tags.map((tags, row) => (row === index.posts.tags.length - 1 ? [...tags, 'one\ntwo'] : tags))}})), /damaged/],
	['another archive', file => edit(file, index => ({...index, root: '/somewhere/else'})), /belongs to another archive/],
	['flipped byte', file => {
		const bytes = readFileSync(file);
		bytes[bytes.length - 1] = 0x0A;
		writeFileSync(file, bytes);
	}, /damaged/],
];

/** The index's content as format version 2 wrote it (the same bytes, but the version and no checksum). */
function olderVersion(file: string): Buffer {
	const bytes = readFileSync(file);
	const text = bytes.toString('latin1');
	const current = `"version":${catalogFormatVersion},`;
	assert.ok(text.includes(current));
	return Buffer.from(text.slice(16).replace(current, '"version":2,'), 'latin1');
}

function decodeSealed(file: string): CatalogFile {
	const bytes = readFileSync(file);
	const decoded = decodeCatalog(bytes.subarray(16));
	assert.ok('value' in decoded, 'the index decodes');
	return decoded.value;
}

/** Rewrites the index through its own codec, changed; a test of what a load makes of odd contents. */
function edit(file: string, change: (index: CatalogFile) => CatalogFile): void {
	writeFileSync(file, Buffer.concat(sealed(encodeCatalog(change(decodeSealed(file))))));
}

for (const [name, spoil, reason] of damaged) {
	test(`a ${name} index gives one warning and is rebuilt`, () => {
		const dir = settledArchive(mixed);
		const fresh = archiveView(load(dir, {cache: false}).archive);
		load(dir);
		spoil(indexFile());
		const first = load(dir);
		assert.equal(first.warnings.length, 1);
		assert.match(first.warnings[0]!, /^ignored the index cache .+\.index: /);
		assert.match(first.warnings[0]!, reason);
		assert.match(first.warnings[0]!, /; rebuilding it$/);
		assert.deepEqual(archiveView(first.archive), fresh);
		// Rebuilt and valid: the next start is quiet and the same.
		const next = load(dir);
		assert.deepEqual(next.warnings, []);
		assert.deepEqual(archiveView(next.archive), fresh);
	});
}

test('one flipped bit anywhere in the index (its header, a title, its end, any sampled byte) is noticed: one warning, the right posts', () => {
	const dir = settledArchive(mixed);
	const fresh = archiveView(load(dir, {cache: false}).archive);
	load(dir);
	const file = indexFile();
	const good = readFileSync(file);
	const title = load(dir, {cache: false}).archive.posts[0]!.title;
	const titleAt = Math.max(good.indexOf(Buffer.from(title, 'latin1')), good.indexOf(Buffer.from(title, 'utf16le')));
	assert.ok(titleAt > 0, 'a title is stored in the index');
	const step = Math.max(1, Math.floor(good.length / 40));
	const positions = new Set([0, 5, 9, 15, 16, 20, titleAt, titleAt + 1, good.length - 9, good.length - 5, good.length - 1]);
	for (let at = 0; at < good.length; at += step) {
		positions.add(at);
	}

	for (const at of positions) {
		const spoilt = Buffer.from(good);
		spoilt[at] = spoilt[at]! ^ 0x04;
		writeFileSync(file, spoilt);
		const first = load(dir);
		assert.equal(first.warnings.length, 1, `a flip at byte ${at} of ${good.length} is noticed`);
		// A flip in the stored length reads as a file cut short (or grown): ignored all the same.
		assert.match(first.warnings[0]!, /: (?:damaged|truncated)/);
		assert.deepEqual(archiveView(first.archive), fresh, `a flip at byte ${at} changes nothing shown`);
	}

	assert.deepEqual(load(dir).warnings, []);
});

test('an index from another build of the loader, or for a site laid out differently, is rebuilt quietly', () => {
	const dir = settledArchive({'post.md': '# Plain\n', '_posts/2020-01-01-jekyll.md': '---\ntitle: Jekyll\n---\n\nx\n'});
	load(dir);
	edit(indexFile(), index => ({...index, loader: 'another build'}));
	const rebuilt = load(dir);
	assert.deepEqual(rebuilt.warnings, []);
	assert.deepEqual(archiveView(rebuilt.archive), archiveView(load(dir, {cache: false}).archive));

	writeTree(dir, {'_config.yml': 'title: now a Jekyll site\n'});
	const jekyll = load(dir);
	assert.deepEqual(jekyll.warnings, []);
	assert.equal(jekyll.archive.site.generator, 'jekyll');
	assert.deepEqual(jekyll.archive.posts.map(post => post.title), ['Jekyll']);
	assert.deepEqual(archiveView(jekyll.archive), archiveView(load(dir, {cache: false}).archive));
});

test('a write killed midway (a stray temp file, a truncated index) costs one warning and a rebuild', () => {
	const dir = settledArchive(mixed);
	const fresh = archiveView(load(dir, {cache: false}).archive);
	load(dir);
	const file = indexFile();
	const stray = `${file}.99999.deadbeef.tmp`;
	writeFileSync(stray, readFileSync(file, 'utf8').slice(0, 100));
	truncateSync(file, 50);
	setTime(stray, Date.now() / 1000 - 3600);
	const first = load(dir);
	assert.equal(first.warnings.length, 1);
	assert.deepEqual(archiveView(first.archive), fresh);
	const next = load(dir);
	assert.deepEqual(next.warnings, []);
	assert.deepEqual(archiveView(next.archive), fresh);
	// The old leftover is tidied away by the rebuild; the catalog's head and folder times are written beside it.
	assert.deepEqual(cacheFiles(), [folderStampsFileFor(file), headFileFor(file), file]);
});

const child = fileURLToPath(new URL('load-child.ts', import.meta.url));

async function loadInChild(dir: string): Promise<{posts: number; warnings: string[]}> {
	return new Promise((resolve, reject) => {
		const process_ = spawn(process.execPath, ['--import', 'tsx', child, dir], {env: {...process.env, BLOG_READER_STATE_DIR: cacheFolder()}});
		let out = '';
		let error = '';
		process_.stdout.on('data', (chunk: Buffer) => {
			out += chunk.toString();
		});
		process_.stderr.on('data', (chunk: Buffer) => {
			error += chunk.toString();
		});
		process_.on('error', reject);
		process_.on('close', code => {
			if (code === 0) {
				resolve(JSON.parse(out) as {posts: number; warnings: string[]});
			} else {
				reject(new Error(`child exited ${code}: ${error}`));
			}
		});
	});
}

test('two readers starting at once both load everything and leave a valid index', {timeout: 120_000}, async () => {
	const files: Record<string, string> = {};
	for (let index = 0; index < 400; index++) {
		files[`posts/${index}.md`] = `---\ntitle: Post ${index}\ndate: 2020-01-${String(1 + (index % 28)).padStart(2, '0')}\n---\n\n${'Some words. '.repeat(50)}\n`;
	}

	const dir = settledArchive(files);
	for (let round = 0; round < 2; round++) {
		// Round 0: both write a new index; round 1: one file changed, both rewrite it.
		const results = await Promise.all([loadInChild(dir), loadInChild(dir)]);
		assert.deepEqual(results, [{posts: 400, warnings: []}, {posts: 400, warnings: []}]);
		const next = load(dir);
		assert.deepEqual(next.warnings, []);
		assert.deepEqual(archiveView(next.archive), archiveView(load(dir, {cache: false}).archive));
		// A file changed a moment ago leaves no head nor folder times: the catalog cannot yet say it is settled.
		assert.deepEqual(cacheFiles(), round === 0 ? [folderStampsFileFor(indexFile()), headFileFor(indexFile()), indexFile()] : [indexFile()]);
		writeFileSync(join(dir, 'posts/7.md'), '# Changed\n');
	}
});

test('the archive folder is byte for byte the same after cold, warm and body reads', () => {
	const dir = settledArchive(mixed);
	const before = hashTree(dir);
	load(dir);
	const warm = load(dir).archive;
	for (const post of [...warm.posts, ...warm.pages]) {
		assert.equal(typeof post.body, 'string');
	}

	load(dir, {cache: false});
	assert.equal(hashTree(dir), before);
});

test('cache: false writes nothing and reads nothing', () => {
	const dir = settledArchive(mixed);
	load(dir, {cache: false});
	assert.equal(existsSync(cacheFolder()), false);

	load(dir);
	writeFileSync(indexFile(), 'garbage');
	const off = load(dir, {cache: false});
	assert.deepEqual(off.warnings, []);
	assert.equal(readFileSync(indexFile(), 'utf8'), 'garbage');
});

test('a cache folder that cannot be written means no cache: one warning, everything loads', () => {
	const dir = settledArchive(mixed);
	const fresh = archiveView(load(dir, {cache: false}).archive);
	// A file where the cache folder should be: no folder can be made there, even by root.
	writeTree(cacheFolder(), {cache: 'not a folder'});
	const first = load(dir);
	assert.equal(first.warnings.length, 1);
	assert.match(first.warnings[0]!, /^cannot write the index cache .+\.index \(.+\); every start will read all posts$/);
	assert.deepEqual(archiveView(first.archive), fresh);
	assert.deepEqual(archiveView(load(dir).archive), fresh);
});

test('the index lives in the cache folder, one catalog, its head and its folder times per archive, never in the archive', () => {
	const one = settledArchive({'a.md': '# A\n'});
	const two = settledArchive({'b.md': '# B\n'});
	load(one);
	load(two);
	load(one);
	assert.equal(cacheFiles().filter(file => file.endsWith('.index')).length, 2);
	assert.deepEqual(cacheFiles().filter(file => file.endsWith('.head')), cacheFiles().filter(file => file.endsWith('.index')).map(file => headFileFor(file)));
	assert.deepEqual(cacheFiles().filter(file => file.endsWith('.folders')), cacheFiles().filter(file => file.endsWith('.index')).map(file => folderStampsFileFor(file)));
	assert.equal(cacheFiles().length, 6);
	for (const dir of [one, two]) {
		assert.deepEqual(readdirSync(dir), [dir === one ? 'a.md' : 'b.md']);
	}
});
