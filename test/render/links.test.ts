import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderPost} from '../../source/render/render.js';
import {foreignControls, makePost, visible} from './helpers.js';

const body = '## One\n\nRead [the docs](https://example.com/docs) and [more](https://example.com/more).\n\n## Two\n\nAgain [the docs](https://example.com/docs), and <https://bare.example/x>, and [local](#one).';

test('inline links read `text (url)`', async () => {
	const out = await renderPost(makePost(body), {width: 80, color: false, links: 'inline'});
	assert.match(out, /Read the docs \(https:\/\/example\.com\/docs\) and more \(https:\/\/example\.com\/more\)\./);
	// A bare URL is shown once, an anchor in the same post shows its text only.
	assert.match(out, /and https:\/\/bare\.example\/x, and\slocal\./);
});

test('the reader\'s text numbers its links as its links list does, in every style', async () => {
	const inline = await renderPost(makePost(body), {width: 80, color: false, links: 'inline', numberLinks: true});
	assert.match(inline, /Read the docs \[1\] \(https:\/\/example\.com\/docs\) and more \[2\]\s\(https:\/\/example\.com\/more\)\./);
	assert.match(inline, /Again the docs \[1\] \(/);
	assert.match(inline, /https:\/\/bare\.example\/x \[3\],\sand\slocal\./, 'an anchor in the post has no number');
	const osc8 = await renderPost(makePost(body), {width: 80, color: true, links: 'osc8', numberLinks: true});
	assert.match(visible(osc8), /Read the docs \[1\] and more \[2\]\./);
});

test('reference links are numbered and listed after their section', async () => {
	const out = await renderPost(makePost(body), {width: 80, color: false, links: 'references'});
	assert.match(out, /Read the docs \[1\] and more \[2\]\./);
	assert.match(out, /Again the docs \[1\],/);
	const one = out.indexOf('## One');
	const two = out.indexOf('## Two');
	const firstList = out.indexOf('[1]: https://example.com/docs');
	assert.ok(one < firstList && firstList < two, 'first list sits between the sections');
	assert.match(out.slice(firstList, two), /\[2\]: https:\/\/example\.com\/more/);
	// The second section lists the URL it uses again, so nothing needs scrolling back.
	assert.match(out.slice(two), /\[1\]: https:\/\/example\.com\/docs/);
	assert.ok(!out.slice(two).includes('[2]:'));
});

test('a link number stays on the line of its text, never alone at the start of a line', async () => {
	// At this width `[1]:` would open the next line and read as a reference definition.
	const source = 'A function that is supposed to calculate [Fibonacci numbers](https://en.wikipedia.org/wiki/Fib):';
	for (const width of [40, 45, 50, 52, 60]) {
		const out = visible(await renderPost(makePost(source), {width, color: false, links: 'references'}));
		assert.match(out, /numbers \[1\]:/, `width ${width}`);
		assert.ok(!out.split('\n').some(line => /^\s*\[1\]:?$/.test(line)), `width ${width}: ${out}`);
	}

	const styled = await renderPost(makePost(source), {width: 52, color: true, links: 'references'});
	assert.match(visible(styled), /numbers \[1\]:/);
	assert.ok(!styled.includes('\uE00B'), 'the glue is drawn as a space');
});

test('a link word too long to share a line with its number is not cut mid-word', async () => {
	const out = visible(await renderPost(makePost('[project-exploit-mitigations](https://x.org/p)'), {width: 30, color: false, links: 'references'}));
	assert.match(out, /^project-exploit-mitigations\n\[1\]$/m);
});

test('osc8 links wrap the text in an OSC 8 hyperlink we emit', async () => {
	const out = await renderPost(makePost(body), {width: 80, color: true, links: 'osc8'});
	assert.ok(out.includes('\u001B]8;;https://example.com/docs\u001B\\'), 'opens the link');
	assert.ok(out.includes('\u001B]8;;\u001B\\'), 'closes the link');
	assert.match(visible(out), /Read the docs and more\./);
	assert.deepEqual(foreignControls(out), []);
});

test('osc8 without colour falls back to inline: no escape at all', async () => {
	const out = await renderPost(makePost(body), {width: 80, color: false, links: 'osc8'});
	assert.ok(!out.includes('\u001B'));
	assert.match(out, /the docs \(https:\/\/example\.com\/docs\)/);
});

test('a wrapped hyperlink is closed at the end of each line and reopened on the next', async () => {
	const out = await renderPost(makePost(`[${'long link text '.repeat(8).trim()}](https://example.com/long)`), {width: 30, color: true, links: 'osc8'});
	const lines = out.split('\n').filter(line => line.includes('link text'));
	assert.ok(lines.length > 1);
	for (const line of lines) {
		assert.ok(line.includes('\u001B]8;;https://example.com/long\u001B\\'), JSON.stringify(line));
		assert.ok(line.includes('\u001B]8;;\u001B\\'), JSON.stringify(line));
	}
});

test('a link target cannot break out of the OSC 8 sequence', async () => {
	const targets = [
		'https://evil.example/\u001B\\\u001B]0;pwned\u0007',
		'https://evil.example/\u0007\u001B[2J',
		'https://evil.example/\u009D0;title\u009C',
		'https://evil.example/a b\u001B]52;c;SGVsbG8=\u0007',
		'https://evil.example/ünï cödé',
	];
	for (const target of targets) {
		const markdown = `[click](<${target}>) and [ref][r]\n\n[r]: ${target.replaceAll(' ', '%20')}`;
		for (const links of ['osc8', 'inline', 'references'] as const) {
			const out = await renderPost(makePost(markdown), {width: 80, color: true, links});
			assert.deepEqual(foreignControls(out), [], `${links}: ${JSON.stringify(target)}`);
			for (const match of out.matchAll(/\u001B\]8;;([^\u001B]*)\u001B\\/g)) {
				assert.match(match[1]!, /^[\u0021-\u007E]*$/, 'only printable ASCII in a hyperlink target');
			}

			assert.ok(!visible(out).includes(']0;'), 'no title sequence left');
			assert.ok(!visible(out).includes(']52;'), 'no clipboard sequence left');
		}
	}
});
