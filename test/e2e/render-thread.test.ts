/**
A post that takes long to render never holds the reader: its first screen shows at once, and
Ctrl-C or SIGTERM end the reader while the rest renders on its own thread, terminal restored.
`npm test` builds first; run `npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {removeAfterTests, tempDir} from '../fixtures/tree.js';
import {startReader, type Session} from './pty-session.js';

const sessions: Session[] = [];
after(() => {
	for (const session of sessions) {
		session.close();
	}
});

// ~12 MB of styled Markdown: well over ten seconds to render whole on any machine.
function slowArchive(): string {
	const dir = removeAfterTests(tempDir());
	mkdirSync(join(dir, 'posts'));
	const part = '## Part\n\nSome **bold** and *em* with a [link](https://example.com/x) and `code` ' + 'word '.repeat(100) + '\n\n* one\n* two\n\n';
	writeFileSync(join(dir, 'posts', 'huge.md'), `---\ntitle: Huge post\ndate: 2024-01-01\n---\n\nFirst words of the huge post.\n\n${part.repeat(20_000)}`);
	return dir;
}

for (const [name, send, status] of [
	['Ctrl-C', (session: Session) => {
		session.write('\u0003');
	}, /EXIT=(0|130)/],
	['SIGTERM', (session: Session) => {
		process.kill(session.readerPid(), 'SIGTERM');
	}, /EXIT=143/],
] as const) {
	test(`${name} while a huge post renders ends the reader at once, terminal restored`, {timeout: 120_000}, async () => {
		const session = startReader({args: ['--dir', slowArchive()], columns: 80, rows: 20});
		sessions.push(session);
		await session.waitFor('Huge post', 30_000);
		session.write('\r');
		// The head of the post shows long before the whole of it could have rendered.
		await session.waitFor('First words of the huge post', 30_000);
		const sent = performance.now();
		send(session);
		const screen = await session.waitFor(/icanon/, 30_000);
		const took = performance.now() - sent;
		assert.match(screen, status);
		assert.match(screen, /^icanon echo $/m, 'line mode and echo restored');
		assert.equal(session.bufferType(), 'normal', 'main screen');
		assert.ok(session.cursorVisible(), 'cursor shown');
		// The whole post needs many seconds more; the reader answered long before it could.
		assert.ok(took < 5000, `took ${Math.round(took)} ms to answer`);
	});
}
