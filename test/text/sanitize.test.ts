import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {isClean, sanitizeLine, sanitizeText} from '../../source/text/sanitize.js';

const attacks: Array<[string, string]> = [
	['clear screen', 'a\u001B[2Jb\u001B[3J\u001B[Hc'],
	['window title (OSC 0/2), BEL-terminated', 'a\u001B]0;pwned\u0007b\u001B]2;pwned\u0007c'],
	['clipboard write (OSC 52), ST-terminated', 'a\u001B]52;c;ZXZpbA==\u001B\\bc'],
	['hyperlink (OSC 8)', 'a\u001B]8;;http://evil\u001B\\bc\u001B]8;;\u001B\\'],
	['DCS string', 'a\u001BP1$qm\u001B\\bc'],
	['8-bit CSI and OSC', 'a\u009B2Jb\u009D0;x\u009Cc'],
	['unterminated OSC eats to the end only', 'abc\u001B]0;never ends'],
	['backspace and bell', 'a\bb\u0007c'],
	['charset switch', 'a\u001B(0b\u001B(Bc'],
];

for (const [name, input] of attacks) {
	test(`removes ${name}`, () => {
		const clean = sanitizeText(input);
		assert.ok(isClean(clean), JSON.stringify(clean));
		assert.doesNotMatch(clean, /pwned|evil|ZXZp/);
		assert.match(clean, /^ab?c?/);
	});
}

test('keeps text, tabs, newlines and non-Latin scripts', () => {
	const text = 'Título — 日本語 😀 עברית\n\tindented';
	assert.equal(sanitizeText(text), text);
});

test('CRLF and lone CR become newlines; a line has no breaks', () => {
	assert.equal(sanitizeText('a\r\nb\rc'), 'a\nb\nc');
	assert.equal(sanitizeLine('a\r\nb\tc\n'), 'a b c ');
});

test('bidi overrides that disguise text are removed', () => {
	assert.equal(sanitizeText('abc\u202Eevil\u202C'), 'abcevil');
});

test('nothing the gate lets through is a control character, for any input', () => {
	fc.assert(
		fc.property(fc.string({unit: 'binary', maxLength: 200}), input => {
			const clean = sanitizeText(input);
			return isClean(clean) && !/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(clean);
		}),
		{numRuns: 2000},
	);
});
