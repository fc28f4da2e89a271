/**
What the process writes to stderr while the reader holds the screen (a Node warning, console.error
and console.warn of a library) waits until the screen is given back, then shows in full.
`npm test` builds first; run `npm run build` before running this file alone.
*/
import assert from 'node:assert/strict';
import {after, test} from 'node:test';
import {startReader, type Session} from './pty-session.js';

const sessions: Session[] = [];
after(() => {
	for (const session of sessions) {
		session.close();
	}
});

const noise = ['NoisyWarning: a warning from inside', 'console.error from a library', 'console.warn from a library', 'a raw stderr write'];

test('stderr written while the reader is open shows after it closes, not on its screen', {timeout: 60_000}, async () => {
	const session = startReader({entry: ['--import', './test/e2e/noisy-hooks.mjs', 'bin/blog-reader.js']});
	sessions.push(session);
	await session.waitFor('Blockchain Technologies');
	process.kill(session.readerPid(), 'SIGUSR2');
	let screen = await session.waitFor('noise made');
	for (const line of noise) {
		assert.ok(!screen.includes(line), `not on the reader's screen: ${line}`);
	}

	// The reader still draws as before: open a post and come back.
	session.write('\r');
	await session.waitFor('Blockchain, Commons and P2P');
	session.write('qq');
	screen = await session.waitFor(/EXIT=0/);
	assert.equal(session.bufferType(), 'normal');
	for (const line of noise) {
		assert.ok(screen.includes(line), `shown once the screen is back: ${line}\n${screen}`);
	}
});
