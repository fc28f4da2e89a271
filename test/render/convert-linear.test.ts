import assert from 'node:assert/strict';
import {test} from 'node:test';
import {asciidocToHtml} from '../../source/render/asciidoc.js';
import {htmlToMarkdown} from '../../source/render/html.js';
import {expandTemplates} from '../../source/render/templates.js';
import {doublingRatio, doublingRatioAsync} from '../helpers/doubling.js';

// A linear conversion doubles its time when its input doubles; 3 leaves room for noise and GC
// while a quadratic one (4 and more) fails.
const limit = 3;

const htmlFamilies: Record<string, (size: number) => string> = {
	'unclosed nested spans': size => '<span>x'.repeat(size),
	paragraphs: size => '<p>para graph\n'.repeat(size),
	'nested blocks': size => '<div><blockquote><ul><li>'.repeat(size / 4) + 'deep',
	'table columns': size => `<table><tr>${'<td>c</td>'.repeat(size)}</tr><tr>${'<td>d</td>'.repeat(size)}</tr></table>`,
	'stray end tags': size => `${'<span>'.repeat(60)}${'</b>'.repeat(size)}`,
	attributes: size => `<a ${'x=1 '.repeat(size)}href="u">y</a>`,
	'inline markup': size => `<p>${'<em>a_b</em> *c* <a href="h">d</a> '.repeat(size)}</p>`,
};

for (const [name, make] of Object.entries(htmlFamilies)) {
	test(`HTML conversion is linear: ${name}`, {timeout: 120_000}, () => {
		const ratio = doublingRatio(size => {
			const html = make(size);
			return () => htmlToMarkdown(html);
		}, 8000);
		assert.ok(ratio < limit, `doubling the input multiplied the time by ${ratio.toFixed(2)}`);
	});
}

const asciidocFamilies: Record<string, (size: number) => string> = {
	paragraphs: size => 'A paragraph with _emphasis_ and *strong* text.\n\n'.repeat(size),
	'nested lists': size => Array.from({length: size}, (_, index) => `${'*'.repeat((index % 5) + 1)} item ${index}`).join('\n'),
	'listing blocks': size => '[source,js]\n----\nlet x = 1;\n----\n\n'.repeat(size),
};

for (const [name, make] of Object.entries(asciidocFamilies)) {
	test(`AsciiDoc conversion is linear: ${name}`, {timeout: 120_000}, async () => {
		const ratio = await doublingRatioAsync(size => {
			const source = make(size);
			return async () => htmlToMarkdown(await asciidocToHtml(source, {file: '/nonexistent/post.adoc', archiveRoot: '/nonexistent'}));
		}, 500, {runs: 3});
		assert.ok(ratio < limit, `doubling the input multiplied the time by ${ratio.toFixed(2)}`);
	});
}

const templateFamilies: Record<string, (size: number) => string> = {
	'unclosed calls': size => '{{< figure src="a" '.repeat(size),
	'unclosed tags': size => '{% include x '.repeat(size),
	'backtick runs': size => `{{ x }} ${Array.from({length: size}, (_, index) => '`'.repeat((index % 50) + 1)).join(' a ')}`,
	'many calls': size => '{{< youtube abc >}} {% include a.html %} {{ page.x }} `{{ y }}`\n'.repeat(size),
};

for (const [name, make] of Object.entries(templateFamilies)) {
	test(`template expansion is linear: ${name}`, {timeout: 120_000}, () => {
		const ratio = doublingRatio(size => {
			const body = make(size);
			return () => expandTemplates(body);
		// Large enough that a run takes tens of milliseconds: at a few milliseconds GC noise decides.
		}, 40_000);
		assert.ok(ratio < limit, `doubling the input multiplied the time by ${ratio.toFixed(2)}`);
	});
}
