import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Archive, Post} from '../../source/archive/post.js';
import type {CommandIO} from '../../source/commands/io.js';
import {exitCode} from '../../source/output/exit-codes.js';
import {show} from '../../source/commands/show.js';
import {postWith} from '../helpers/post.js';

function capture(): {io: CommandIO; out: string[]; err: string[]} {
	const out: string[] = [];
	const err: string[] = [];
	const output = (into: string[]) => ({write: (text: string) => void into.push(text), isTTY: false, columns: 80});
	return {io: {stdout: output(out), stderr: output(err), color: false}, out, err};
}

// A post the renderer cannot take: here its body cannot be had at all (a failure deep in a
// library looks the same to `show`). No real post is known to do it; the code must still say so.
test(`a post that cannot be rendered: one line on stderr and exit ${exitCode.renderFailed}, never 1 (nothing found)`, async () => {
	const broken: Post = Object.defineProperty({...postWith({title: 'Broken', slug: 'broken'})}, 'body', {
		get() {
			throw new Error('the renderer gave up');
		},
	});
	const archive: Archive = {root: '/archive', site: {generator: 'plain', contentRoot: '/archive', baseUrl: null}, posts: [broken], pages: [], drafts: 0, skipped: []};
	for (const mode of ['plain', 'styled'] as const) {
		const {io, out, err} = capture();
		const code = await show(archive, 'broken', {mode, width: 80, links: 'references'}, io);
		assert.equal(code, exitCode.renderFailed);
		assert.deepEqual(out, []);
		assert.deepEqual(err, ['blog-reader: cannot render broken.md: the renderer gave up (--raw shows its text)\n']);
	}
});

test('the exit codes are distinct, as the README lists them', () => {
	assert.deepEqual(exitCode, {ok: 0, nothingFound: 1, usage: 2, renderFailed: 3, output: 4, internal: 5});
});
