import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {writeJbakeSite} from '../fixtures/sites.js';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';
import {startReader} from './pty-session.js';

function loaded(pid: number): string[] {
	try {
		return readFileSync(join(tmpdir(), `blog-reader-loads-${pid}.log`), 'utf8').trim().split('\n');
	} catch {
		return [];
	}
}

const renderer = (name: string) => (url: string) => new RegExp(`/dist/chunks/${name}-[^/]+\\.js$`).test(url);

test('the first frame of a JBake site with AsciiDoc posts appears without loading Asciidoctor or marked', {timeout: 60_000}, async () => {
	const site = writeJbakeSite(removeAfterTests(tempDir()));
	const session = startReader({entry: ['--import', './test/e2e/trace-loads.mjs', 'bin/blog-reader.js'], args: ['--dir', site], columns: 100, rows: 20});
	try {
		await session.waitFor('Writing in AsciiDoc', 20_000);
		const atFirstFrame = loaded(session.readerPid());
		assert.ok(atFirstFrame.some(url => url.endsWith('/dist/cli.js')), 'the trace saw the entry');
		assert.equal(atFirstFrame.filter(renderer('asciidoc')).length, 0, 'Asciidoctor loaded before the first frame');
		assert.equal(atFirstFrame.filter(renderer('markdown')).length, 0, 'marked-terminal loaded before the first frame');

		// Open the AsciiDoc post: it renders, and no markup leaks.
		session.write('/');
		session.write('asciidoc writing');
		await session.waitFor(screen => /1 match/.test(screen), 10_000);
		session.write('\r');
		session.write('\r');
		const screen = await session.waitFor('Why', 20_000);
		assert.doesNotMatch(screen, /include::|\{images\}|image::|====/);
		// The shared attribute file sits in the content folder, above the post: it is included.
		await session.waitFor('https://blog.example.org/img/x.png', 10_000);
		assert.doesNotMatch(session.text(), /refused/);
		// Posts render on their own thread (render/bounded.ts): the reader's thread never loads
		// Asciidoctor or marked at all, so a post cannot hold up keys while it renders.
		assert.equal(loaded(session.readerPid()).filter(renderer('asciidoc')).length, 0, 'Asciidoctor loaded on the reader\'s thread');
		assert.equal(loaded(session.readerPid()).filter(renderer('markdown')).length, 0, 'marked loaded on the reader\'s thread');
	} finally {
		session.close();
	}
});
