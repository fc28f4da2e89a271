/**
`show` keeps each rendering in the cache folder and reads it back the next time the same post is
shown the same way; anything that changes the rendering (the post, the width, colour) makes a
new one, and a file of ours that is damaged or holds foreign escapes is never written out.
*/
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {emptyCacheEachTest} from '../archive/isolated-cache.js';
import {loadArchive} from '../../source/archive/load.js';
import type {CommandIO} from '../../source/commands/io.js';
import {type ShowOptions, runShow} from '../../source/commands/show.js';
import {writeWhole} from '../../source/state/json-file.js';
import {writeArchive} from '../helpers/cli.js';
import {settle} from '../fixtures/tree.js';

// Each test starts with an empty cache folder of its own.
const stateRoot = emptyCacheEachTest();
const renderedIn = (): string => join(stateRoot(), 'cache', 'rendered');

const kept = (): string[] => (existsSync(renderedIn()) ? readdirSync(renderedIn()).filter(name => name.endsWith('.json')) : []);

async function shown(dir: string, wanted: string, options: Partial<ShowOptions> & {cache?: boolean; color?: boolean} = {}): Promise<{code: number; stdout: string; stderr: string}> {
	let stdout = '';
	let stderr = '';
	const io: CommandIO = {
		stdout: {write: text => (stdout += text, undefined), isTTY: false, columns: 80},
		stderr: {write: text => (stderr += text, undefined), isTTY: false, columns: 80},
		color: options.color ?? false,
	};
	const load = () => loadArchive(dir, {cache: options.cache});
	const code = await runShow(dir, wanted, {mode: 'styled', width: 60, links: 'inline', ...options}, io, load);
	return {code, stdout, stderr};
}

function blog(files: Record<string, string> = {}): string {
	return settle(writeArchive({
		'blog/2020-01-01-first.md': '---\ntitle: First Post\n---\n\nThe first body, with *emphasis* and [a link](https://example.org/a).\n',
		'blog/2020-02-01-second.md': '---\ntitle: Second Post\n---\n\nThe second body.\n',
		...files,
	}));
}

test('a post shown again is read back from the cache folder: the same output, one file kept', async () => {
	const dir = blog();
	const first = await shown(dir, 'first');
	assert.equal(first.code, 0);
	assert.match(first.stdout, /The first body, with emphasis/);
	assert.equal(kept().length, 1);

	// The kept rendering is what the second run writes: a changed (valid) one shows.
	const [name] = kept();
	writeWhole(join(renderedIn(), name!), JSON.stringify({lines: ['read back']}));
	const second = await shown(dir, 'first');
	assert.deepEqual(second, {code: 0, stdout: 'read back\n', stderr: ''});
});

test('a new width, colour or text of the post is a new rendering, not the kept one', async () => {
	const dir = blog();
	const narrow = await shown(dir, 'first', {width: 30});
	const wide = await shown(dir, 'first', {width: 70});
	assert.notEqual(narrow.stdout, wide.stdout);
	assert.ok(narrow.stdout.split('\n').every(line => line.length <= 30 || line.startsWith('[')));
	const styled = await shown(dir, 'first', {width: 70, color: true});
	assert.match(styled.stdout, /\u001B\[/);
	assert.doesNotMatch((await shown(dir, 'first', {width: 70})).stdout, /\u001B/, 'the plain rendering is still plain');
	assert.equal(kept().length, 3);

	const file = join(dir, 'blog', '2020-01-01-first.md');
	writeFileSync(file, readFileSync(file, 'utf8').replace('The first body', 'An edited body'));
	const edited = await shown(dir, 'first', {width: 70});
	assert.match(edited.stdout, /An edited body/);
	assert.doesNotMatch(edited.stdout, /The first body/);
});

test('a damaged kept rendering is one warning and a new rendering; foreign escapes in one are never written', async () => {
	const dir = blog();
	const good = await shown(dir, 'first');
	const [name] = kept();
	const file = join(renderedIn(), name!);
	const bytes = readFileSync(file);
	bytes[bytes.length - 3]! ^= 0xFF;
	writeFileSync(file, bytes);
	const afterDamage = await shown(dir, 'first');
	assert.equal(afterDamage.stdout, good.stdout);
	assert.match(afterDamage.stderr, /^blog-reader: ignored the rendered post .*; rendering it again\n$/);
	assert.deepEqual(await shown(dir, 'first'), {...good, stderr: ''}, 'written again whole');

	writeWhole(file, JSON.stringify({lines: ['\u001B]52;c;Y2xpcA==\u0007 \u001B[2J']}));
	const foreign = await shown(dir, 'first');
	assert.equal(foreign.stdout, good.stdout);
	assert.match(foreign.stderr, /ignored the rendered post/);
});

test('--no-cache keeps no rendering, and AsciiDoc (whose includes read other files) is never kept', async () => {
	const dir = blog({'blog/notes.adoc': '= Notes\n:jbake-date: 2020-03-01\n\nSome *AsciiDoc* text.\n'});
	assert.equal((await shown(dir, 'first', {cache: false})).code, 0);
	assert.deepEqual(kept(), []);
	const notes = await shown(dir, 'notes');
	assert.match(notes.stdout, /Some AsciiDoc text/);
	assert.deepEqual(kept(), []);
});
