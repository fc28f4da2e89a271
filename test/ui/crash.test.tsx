import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup, render} from 'ink-testing-library';
import {CrashGuard} from '../../source/ui/error-boundary.js';
import {waitForText} from './helpers.js';

afterEach(() => {
	cleanup();
});

function Broken(): never {
	throw new Error('the screen broke \u001B]0;title\u0007');
}

test('a crash inside a screen ends the app with a one-line, sanitized message', async () => {
	const original = console.error;
	// React reports caught errors on the console; keep the test output readable.
	console.error = () => {};
	try {
		const {lastFrame} = render(<CrashGuard><Broken /></CrashGuard>);
		const frame = await waitForText(lastFrame, 'the screen broke');
		assert.equal(frame.trim(), 'blog-reader: the screen broke');
	} finally {
		console.error = original;
	}
});
