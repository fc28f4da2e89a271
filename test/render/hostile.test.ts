import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {renderPost} from '../../source/render/render.js';
import {foreignControls, makePost, tooWide, visible} from './helpers.js';

const styled = {width: 60, color: true, links: 'osc8'} as const;
const long = {timeout: 120_000};

test('escapes from the body, link text and target, code and alt are removed', async () => {
	const attacks = ['\u001B]0;pwned\u0007', '\u001B]52;c;SGVsbG8=\u0007', '\u001B[2J', '\u001B[31m', '\u009B2J', '\u009D0;x\u009C', '\u001BP+q\u001B\\', '\u001B]8;;https://evil\u0007', 'a\rb', 'x\bz'];
	for (const attack of attacks) {
		const body = [
			`# Title ${attack}`,
			`Body ${attack} text.`,
			`[link ${attack}](https://ok.example/${attack})`,
			`![alt ${attack}](https://img.example/${attack}.png)`,
			'```js',
			`const s = "${attack}";`,
			'```',
			`Inline \`code ${attack}\` and &#27;[31m entity.`,
			`| h ${attack} |\n|---|\n| c ${attack} |`,
		].join('\n\n');
		const post = makePost(body, 'markdown', {title: `T ${attack}`, tags: [`tag${attack}`]});
		for (const links of ['osc8', 'inline', 'references'] as const) {
			const out = await renderPost(post, {...styled, links});
			assert.deepEqual(foreignControls(out), [], `${links} ${JSON.stringify(attack)}`);
			assert.ok(!/\u001B\]8;;https:\/\/evil/.test(out), 'no hyperlink from the archive');
			assert.ok(!out.includes('\u001B[2J'));
			const plain = await renderPost(post, {...styled, links, color: false});
			assert.ok(!plain.includes('\u001B'), 'no escape at all without colour');
		}
	}
});

test('thousands of nested quotes and list levels render without overflowing the stack', long, async () => {
	const bodies = [
		'>'.repeat(5000) + ' deep quote',
		Array.from({length: 2000}, (_, i) => '> '.repeat(i) + 'line').join('\n'),
		Array.from({length: 2000}, (_, i) => '  '.repeat(i) + '- item ' + i).join('\n'),
		'- '.repeat(5000) + 'same line',
		Array.from({length: 500}, (_, i) => (i % 2 ? '> ' : '1. ').repeat(i) + 'mixed').join('\n'),
		'*'.repeat(20_000) + 'x' + '*'.repeat(20_000),
		'['.repeat(20_000) + 'x' + ']'.repeat(20_000) + '(y)',
	];
	for (const body of bodies) {
		const out = await renderPost(makePost(body), styled);
		assert.deepEqual(tooWide(out, 60), []);
		assert.deepEqual(foreignControls(out), []);
	}

	const quote = await renderPost(makePost('>'.repeat(5000) + ' deep quote'), {...styled, color: false});
	assert.match(quote, /deep quote/);
	const list = await renderPost(makePost(Array.from({length: 2000}, (_, i) => '  '.repeat(i) + '- item ' + i).join('\n')), {...styled, color: false});
	assert.match(list, /item 1999/, 'the deepest item is still there');
});

test('a 5 MB post renders, wrapped', long, async () => {
	const block = '## Part\n\nSome **bold** text with a [link](https://example.com/x) and `code` ' + 'word '.repeat(120) + '\n\n* item one\n* item two\n\n```js\nconst x = 1;\n```\n\n';
	const body = block.repeat(Math.ceil(5 * 1024 * 1024 / block.length));
	assert.ok(body.length >= 5 * 1024 * 1024);
	const out = await renderPost(makePost(body), {width: 100, color: true, links: 'references'});
	assert.deepEqual(tooWide(out, 100), []);
	assert.ok(visible(out).split('\n').length > 50_000);
});

test('very long lines, CJK and emoji wrap to the width by display columns', async () => {
	const body = [
		'x'.repeat(5000),
		'漢字かな交じり文'.repeat(40),
		'😀🎉👍🏽👨‍👩‍👧 '.repeat(40),
		'https://example.com/' + 'a'.repeat(300),
		'* ' + '中文 '.repeat(60),
	].join('\n\n');
	for (const width of [2, 3, 7, 20, 41]) {
		const out = await renderPost(makePost(body), {width, color: true, links: 'osc8'});
		assert.deepEqual(tooWide(out, width), [], `width ${width}`);
	}

	const out = await renderPost(makePost('漢字'.repeat(30)), {width: 21, color: false, links: 'inline'});
	const line = out.split('\n').find(text => text.includes('漢'))!;
	assert.equal(stringWidth(line), 20, 'an odd width leaves the last column empty rather than split a wide character');
});

test('width 1 is impossible for wide characters: they overflow by one column, nothing else does', async () => {
	const out = await renderPost(makePost('ab 漢字 cd'), {width: 1, color: false, links: 'inline'});
	// Width is raised to 2, the narrowest that fits a wide character.
	assert.deepEqual(tooWide(out, 2), []);
});

test('at width 2 a wide character in a quote goes under its bar, never past the width', async () => {
	for (const body of ['>👨‍👩‍👧', '> 漢字']) {
		const out = await renderPost(makePost(body), {width: 2, color: false, links: 'osc8'});
		assert.deepEqual(tooWide(out, 2), [], body);
		assert.match(visible(out), /│\n(?:👨‍👩‍👧|漢)/u, body);
	}
});

const markdownPieces = fc.constantFrom(
	'# ', '## ', '> ', '- ', '* ', '1. ', '- [ ] ', '- [x] ', '**', '*', '_', '__', '~~', '`', '```', '```js\n',
	'\n', '\n\n', '    ', '|', '| a | b |\n|---|---|\n', '[', ']', '(', ')', '![', '](', 'http://x.org/', '<', '>',
	'<div>', '</div>', '<script>', '<br>', '&amp;', '&#27;', '&#x9b;', '{{< figure src="a" >}}', '{% raw %}',
	'{% endraw %}', '{{ x }}', '\u001B', '\u001B[31m', '\u001B]8;;', '\u0007', '\u001B\\', '\u009B', '\u009D', '\r',
	'\t', '漢字', '👨‍👩‍👧', '\u0301', 'word', ' ', 'https://a.example/ü?q=1&r=2',
);

test('property: random and mutated Markdown never throws and emits only our escapes', long, async () => {
	const source = fc.oneof(
		fc.string({unit: 'binary', maxLength: 400}),
		fc.array(markdownPieces, {maxLength: 120}).map(parts => parts.join('')),
	);
	await fc.assert(fc.asyncProperty(
		source,
		fc.integer({min: 2, max: 120}),
		fc.boolean(),
		fc.constantFrom('osc8', 'inline', 'references'),
		fc.constantFrom('markdown', 'html', 'asciidoc'),
		async (body, width, color, links, format) => {
			const out = await renderPost(makePost(body, format as 'markdown'), {width, color, links: links as 'osc8'});
			assert.deepEqual(foreignControls(out), []);
			if (!color) {
				assert.ok(!out.includes('\u001B'));
			}

			for (const line of visible(out).split('\n')) {
				// A `[n]: url` line stays whole in a pipe, so the target is never cut in two.
				if (links === 'references' && /^\[\d+\]: /.test(line)) {
					continue;
				}

				assert.ok(stringWidth(line) <= Math.max(2, width), JSON.stringify(line));
			}
		},
	), {numRuns: 300});
});
