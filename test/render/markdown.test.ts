import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderPost} from '../../source/render/render.js';
import {foreignControls, makePost, tooWide, visible} from './helpers.js';

const plain = {width: 60, color: false, links: 'inline'} as const;

test('bold, italics, code and links inside list items are rendered, not printed raw', async () => {
	const post = makePost('* **Bold item** with *emphasis* and `code`\n* a [link](https://example.com/x) here\n1. __strong__ in an ordered item');
	const out = await renderPost(post, plain);
	assert.match(out, /\* Bold item with emphasis and `code`/);
	assert.match(out, /a link \(https:\/\/example\.com\/x\) here/);
	assert.match(out, /1\. strong in an ordered item/);
	// Backticks stay in plain text (code must still read as code in a pipe); other markup goes.
	for (const raw of ['**', '__', '[link]', '](']) {
		assert.ok(!out.includes(raw), `raw ${raw} in ${out}`);
	}

	const styled = await renderPost(post, {...plain, color: true});
	assert.ok(styled.includes('\u001B[1mBold item\u001B[22m'), 'bold item is bold');
});

test('a task list item shows its box once', async () => {
	const out = await renderPost(makePost('- [ ] open task\n- [x] done task\n\n1. [ ] numbered task'), plain);
	const lines = out.split('\n');
	const open = lines.find(line => line.includes('open task'))!;
	assert.equal(open.trim(), '* ☐ open task');
	assert.equal(lines.find(line => line.includes('done task'))!.trim(), '* ☑ done task');
	assert.equal(out.split('☐').length - 1, 2);
});

test('tables and lists stay within the width', async () => {
	const table = '| Name | Description | Notes |\n|---|---|---:|\n| alpha | a rather long description of the first thing in this table | 12345 |\n| beta | short | 7 |';
	const list = '* ' + 'word '.repeat(40) + '\n  * nested ' + 'more '.repeat(30);
	for (const width of [30, 50, 80]) {
		const out = await renderPost(makePost(`${table}\n\n${list}`), {...plain, width});
		assert.deepEqual(tooWide(out, width), [], `width ${width}`);
		assert.match(visible(out), /alpha/);
		assert.match(visible(out), /a rather/);
	}

	const narrow = await renderPost(makePost(table), {...plain, width: 12});
	assert.deepEqual(tooWide(narrow, 12), []);
	// Too narrow for columns: one `header: value` block per row, nothing lost.
	assert.match(narrow, /Name: alpha/);
});

test('a wrapped list item continues under its text, not under the bullet', async () => {
	const out = await renderPost(makePost('* ' + 'lorem ipsum '.repeat(10)), {...plain, width: 40});
	const lines = out.split('\n').filter(line => line.includes('lorem'));
	assert.ok(lines.length > 1);
	assert.match(lines[0]!, /^ {2}\* lorem/);
	for (const line of lines.slice(1)) {
		assert.match(line, /^ {4}lorem|^ {4}ipsum/);
	}
});

test('images show their alt text and URL', async () => {
	const out = await renderPost(makePost('![A cat on a mat](https://img.example/cat.png)\n\n![](https://img.example/dog.jpg)'), plain);
	assert.match(out, /\[image: A cat on a mat\] \(https:\/\/img\.example\/cat\.png\)/);
	assert.match(out, /\[image: dog\.jpg\] \(https:\/\/img\.example\/dog\.jpg\)/);
	assert.ok(!out.includes('!['));
});

test('headings, quotes, code, rules and emphasis are readable without colour', async () => {
	const body = '# Title one\n\n## Section two\n\nSome *em* and **strong** and ~~gone~~.\n\n> quoted **text**\n\n```js\nconst answer = 42;\n```\n\n---\n\nend &amp; more &mdash; done';
	const out = await renderPost(makePost(body), plain);
	assert.ok(!out.includes('\u001B'), 'no escape at all');
	assert.match(out, /^# Title one$/m);
	assert.match(out, /^## Section two$/m);
	assert.match(out, /Some em and strong and gone\./);
	assert.match(out, /^│ quoted text$/m);
	assert.match(out, /^│ const answer = 42;$/m);
	assert.match(out, /^─{10,}$/m);
	assert.match(out, /end & more — done/);
	assert.ok(!out.endsWith('\n'), 'no trailing blank lines');
});

test('colour is ours to decide, not the environment\'s: styled when asked even in a pipe', async () => {
	const body = '## Heading\n\n**bold** text\n\n```js\nconst x = 1;\n```';
	const out = await renderPost(makePost(body), {...plain, color: true});
	assert.ok(out.includes('\u001B[1m'), 'bold SGR present');
	assert.ok(out.includes('\u001B[34mconst'), 'code highlighted');
	assert.deepEqual(foreignControls(out), []);
	const none = await renderPost(makePost(body), plain);
	assert.ok(!none.includes('\u001B'));
});

test('every line is self-contained: styles reopen after a wrap', async () => {
	const out = await renderPost(makePost('**' + 'bold words '.repeat(20).trim() + '**'), {...plain, width: 30, color: true});
	const lines = out.split('\n').filter(line => line.includes('bold words'));
	assert.ok(lines.length > 2);
	for (const line of lines) {
		assert.ok(line.startsWith('\u001B[1m'), JSON.stringify(line));
	}
});

test('TeX display math ($$ lines) is a code block named math, its backslashes as written', async () => {
	const source = 'The equation.\n\n$$\n\\begin{equation}\ntime \\  gained = a_1 - b_2\n\\end{equation}\n$$\n\nAfter it.\n\n$$ x^2 + y^2 $$\n\n```sh\necho $$\n$$\n```';
	const out = visible(await renderPost(makePost(source), plain));
	assert.match(out, /┌─ math/);
	assert.match(out, /│ \\begin\{equation\}\n│ time \\ {2}gained = a_1 - b_2\n│ \\end\{equation\}/);
	assert.match(out, /│ x\^2 \+ y\^2/);
	assert.ok(!/^\$\$$/m.test(out.split('┌─ sh')[0]!), 'no $$ line left in prose');
	// Inside code, `$$` is code.
	assert.match(out, /┌─ sh[^\n]*\n│ echo \$\$\n│ \$\$/);
	// A lone `$$` (a shell's PID in prose) stays text.
	assert.match(visible(await renderPost(makePost('The PID is\n\n$$\n\nin bash.'), plain)), /^\$\$$/m);
});

test('two lone $$ paragraphs are not read as one formula', async () => {
	const out = visible(await renderPost(makePost('Run\n\n$$\n\nthen\n\n$$\n\nagain.'), plain));
	assert.ok(!out.includes('math'), out);
});

test('emphasis closed by full-width punctuation before a CJK letter is emphasis, not raw asterisks', async () => {
	const source = '設定しようとするかもしれません。*このようなことは絶対にしてはいけません。*ユーザーを守る。**強調。**です。';
	const out = visible(await renderPost(makePost(source), plain));
	assert.ok(!out.includes('*'), out);
	assert.match(out, /せん。このようなことは/);
	const styled = await renderPost(makePost(source), {...plain, color: true});
	assert.ok(styled.includes('\u001B[3mこのようなことは'), 'italic');
	assert.ok(styled.includes('\u001B[1m強調。'), 'bold');
	// Code stays as written, and Latin emphasis is marked's own.
	assert.match(visible(await renderPost(makePost('`*code。*ユ` and *x*y'), plain)), /`\*code。\*ユ` and \*x\*y|`\*code。\*ユ` and xy/);
});

test('fence line marks name the language and draw the marked lines with a heavy gutter', async () => {
	const source = '```js {1,3}\nconst a = 1;\nconst b = 2;\nconst c = 3;\n```\n\n```jsx{2-3}\nx\ny\nz\n```\n\n```go {hl_lines=[2,"3-4"],linenos=table}\np\nq\nr\ns\n```\n\n```ts title="x.ts"\nplain\n```';
	const out = visible(await renderPost(makePost(source), plain));
	assert.match(out, /┌─ js ─+\n┃ const a = 1;\n│ const b = 2;\n┃ const c = 3;\n└/);
	assert.match(out, /┌─ jsx ─+\n│ x\n┃ y\n┃ z\n└/);
	assert.match(out, /┌─ go ─+\n│ p\n┃ q\n┃ r\n┃ s\n└/);
	assert.match(out, /┌─ ts ─+\n│ plain\n└/);
	assert.ok(!out.includes('{1,3}') && !out.includes('{2-3}') && !out.includes('hl_lines'), out);
	// In colour the marked lines' gutter stands out, and the code is still highlighted.
	const styled = await renderPost(makePost(source), {...plain, color: true});
	assert.ok(styled.includes('\u001B[33m\u001B[1m┃ \u001B[22m\u001B[39m') || styled.includes('┃'), 'heavy gutter drawn');
	assert.match(visible(styled), /┃ const a = 1;/);
});
