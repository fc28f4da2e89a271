import assert from 'node:assert/strict';
import {PassThrough} from 'node:stream';
import {test} from 'node:test';
import {heldInput} from '../../source/ui/keys/held-input.js';

test('keys typed while held stay in order in the stream and reach the reader once released', async () => {
	const stream = new PassThrough({encoding: 'utf8'}) as unknown as NodeJS.ReadStream;
	const held = heldInput(stream);
	const seen: string[] = [];
	held.stdin.on('readable', () => {
		let chunk: unknown;
		while ((chunk = held.stdin.read()) !== null) {
			seen.push(String(chunk));
		}
	});
	stream.write('G');
	stream.write('/x');
	await new Promise(resolve => setImmediate(resolve));
	assert.deepEqual(seen, [], 'nothing reaches the reader while held');
	held.release();
	await new Promise(resolve => setImmediate(resolve));
	assert.equal(seen.join(''), 'G/x');
	stream.write('q');
	await new Promise(resolve => setImmediate(resolve));
	assert.equal(seen.join(''), 'G/xq', 'keys after the release pass as they come');
	held.release();
});
