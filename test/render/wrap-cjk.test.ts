import assert from 'node:assert/strict';
import {test} from 'node:test';
import stringWidth from 'string-width';
import {wrapLines} from '../../source/render/wrap.js';

test('Japanese prose breaks between characters, not inside a Latin word set in it', () => {
	const text = 'サーバー上の`http://<DOMAIN>/.well-known/token`という場所にファイルを置きます。これで準備は完了です。';
	const lines = wrapLines(text, 40).split('\n');
	assert.ok(lines.length > 1);
	for (const line of lines) {
		assert.ok(stringWidth(line) <= 40, line);
	}

	// The code span (35 columns) fits a line: it is never cut.
	assert.ok(lines.some(line => line.includes('`http://<DOMAIN>/.well-known/token`')), lines.join('\n'));
	assert.equal(lines.join(''), text);
});

test('closing marks never start a line and opening marks never end one', () => {
	for (let width = 6; width <= 20; width++) {
		const lines = wrapLines('これは「テスト」です。次の文、そしてもう一つ。', width).split('\n');
		for (const line of lines.slice(1)) {
			assert.doesNotMatch(line, /^[、。」]/, `width ${width}: ${lines.join(' / ')}`);
		}

		for (const line of lines) {
			assert.doesNotMatch(line, /「$/, `width ${width}: ${lines.join(' / ')}`);
		}
	}
});

test('text with spaces still breaks only at spaces', () => {
	assert.equal(wrapLines('alpha beta gamma delta', 11), 'alpha beta\ngamma delta');
});
