import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderPost} from '../../source/render/render.js';
import {renderTable} from '../../source/render/table.js';
import {makePost, tooWide} from './helpers.js';

const same = (text: string) => text;

function table(header: string[], rows: string[][], width: number): string {
	return renderTable({header, rows, align: header.map(() => null), width, border: same, heading: same});
}

/** The widths of the columns of a drawn table, from its top rule. */
function columnWidths(drawn: string): number[] {
	return drawn.split('\n')[0]!.slice(1, -1).split('┬').map(part => part.length - 2);
}

test('columns share the width by content: no column is sliced to a few characters', () => {
	const drawn = table(
		['Name', 'Link', 'Notes'],
		[['ripgrep', 'https://github.com/BurntSushi/ripgrep/releases/tag/14.1.0', 'fast grep written in Rust, recursive by default']],
		60,
	);
	assert.deepEqual(tooWide(drawn, 60), []);
	const widths = columnWidths(drawn);
	assert.ok(widths.every(width => width >= 7), `widths ${widths.join(', ')}`);
	// The short column keeps its word whole.
	assert.match(drawn, /│ ripgrep │/);
	assert.match(drawn, /fast grep/);
});

test('a table that cannot fit readably becomes one block per row', () => {
	const header = Array.from({length: 12}, (_, index) => `column ${index}`);
	const drawn = table(header, [header.map((_, index) => `value number ${index}`)], 60);
	assert.ok(!drawn.includes('┬'), 'no grid');
	assert.match(drawn, /^column 0: value number 0$/m);
	assert.match(drawn, /^column 11: value number 11$/m);
	assert.deepEqual(tooWide(drawn, 60), []);
});

test('a table that fits is drawn at its natural widths', () => {
	const drawn = table(['a', 'b'], [['1', '22']], 60);
	assert.equal(drawn, '┌───┬────┐\n│ a │ b  │\n├───┼────┤\n│ 1 │ 22 │\n└───┴────┘');
});

test('Markdown and HTML tables at 60 columns keep link cells readable', async () => {
	const markdown = '| Project | Home |\n| --- | --- |\n| blog-reader | [https://example.com/a/long/path/to/the/project/page](https://example.com/a/long/path/to/the/project/page) |\n';
	for (const post of [makePost(markdown), makePost(`<table><tr><th>Project</th><th>Home</th></tr><tr><td>blog-reader</td><td><a href="https://example.com/x">https://example.com/a/long/path/to/the/project/page</a></td></tr></table>`, 'html')]) {
		const out = await renderPost(post, {width: 60, color: false, links: 'inline'});
		assert.deepEqual(tooWide(out, 60), []);
		assert.match(out, /blog-reader/);
		assert.ok(!/│ .{1,3} │/.test(out.split('\n').find(line => line.includes('blog-reader')) ?? ''), out);
	}
});

test('a long word that is not an address keeps its column whole when the table can fit it', () => {
	const description = 'MIPS64 (little endian) Linux, N64 ABI, musl 1.2.5 with a description long enough to wrap';
	const drawn = table(['Target', 'Tier', 'Notes'], [['`mips64el-unknown-linux-muslabi64`', '✓', description]], 80);
	assert.ok(drawn.includes('`mips64el-unknown-linux-muslabi64`'), drawn);
	assert.deepEqual(tooWide(drawn, 80), []);
	// An address still wraps inside its column rather than push the table into rows.
	const url = 'https://example.com/a/very/long/path/that/goes/on/and/on/for/ever/and/ever';
	const narrow = table(['Name', 'Link'], [['alpha', url]], 50);
	assert.ok(narrow.startsWith('┌'), narrow);
});

test('a word too wide for its column breaks after a hyphen or slash, not mid-word', () => {
	const rows = [['githubteacher/github-for-developers-sept-2015', '404', '181', '301', '103', '74.5'], ['nightscout/cgm-remote-monitor', '1096', '178', '419', '677', '38.23']];
	const drawn = table(['repo_name', 'c', 'authors', 'merged', 'closed', 'merge_ratio'], rows, 80);
	assert.deepEqual(tooWide(drawn, 80), []);
	const firstColumn = drawn.split('\n').map(line => line.split('│')[1]?.trim() ?? '').filter(Boolean);
	for (const piece of firstColumn) {
		assert.ok(piece === 'repo_name' || /[-/]$/.test(piece) || rows.some(([repo]) => repo!.endsWith(piece)), `cut mid-word: ${piece}`);
	}
});

test('an address too long for a line is not broken at its slashes onto the line before it', async () => {
	const url = 'https://gcc.gnu.org/bugzilla/buglist.cgi?bug_status=__open__&component=rust&product=gcc';
	const out = await renderPost(makePost(`Our bugzilla tracker: <${url}>`), {width: 60, color: false, links: 'inline'});
	assert.ok(!/tracker: https:\/\/gcc\.gnu\.org\/bugzilla\/$/m.test(out), out);
});
