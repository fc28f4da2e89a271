import assert from 'node:assert/strict';
import {test} from 'node:test';
import {renderPost} from '../../source/render/render.js';
import {foreignControls, makePost, visible} from './helpers.js';

const coloured = {width: 100, color: true, links: 'inline'} as const;
const plain = {...coloured, color: false} as const;

const fence = (language: string, code: string) => makePost(`Before.\n\n\`\`\`${language}\n${code}\n\`\`\`\n\nAfter.`);

/** The code block's lines as shown, gutter and all. */
function codeLines(out: string): string[] {
	return out.split('\n').filter(line => visible(line).startsWith('│ '));
}

const blue = '\u001B[34m';

test('code blocks in the languages blogs use are coloured, and read the same as without colour', async () => {
	const samples: Array<[string, string, string]> = [
		['js', 'const a = 1; // note', `${blue}const`],
		['javascript', 'function f() { return null; }', `${blue}function`],
		['ts', 'export interface P { readonly a: number }', `${blue}export`],
		['tsx', 'export const A = () => <div className="x" />;', `${blue}export`],
		['python', 'def f(a):\n    return None', `${blue}def`],
		['py', 'import os', `${blue}import`],
		['sh', 'for f in *.md; do echo "$f"; done', `${blue}for`],
		['bash', 'if [ -z "$A" ]; then exit 1; fi', `${blue}if`],
		['go', 'package main\nfunc main() {}', `${blue}package`],
		['rust', 'let mut v = vec![1];', `${blue}let`],
		['java', 'public static void main(String[] a) {}', `${blue}public`],
		['c', 'int main(void) { return 0; }', `${blue}return`],
		['cpp', 'auto x = nullptr;', `${blue}auto`],
		['csharp', 'public class A {}', `${blue}public`],
		['ruby', 'def f; end', `${blue}def`],
		['php', '<?php function f() { return 1; }', `${blue}function`],
		['sql', 'SELECT a FROM t WHERE b = 1;', `${blue}SELECT`],
		['kotlin', 'fun main() { val x = 1 }', `${blue}fun`],
		['scala', 'object M { val x = 1 }', `${blue}object`],
		['swift', 'let s = "x"', `${blue}let`],
		['groovy', 'def x = 1', `${blue}def`],
		['html', '<p class="x">Hi &amp; bye</p>', `${blue}p`],
		['yaml', 'key: true', `${blue}true`],
		['json', '{"a": null}', `${blue}null`],
		['toml', '[package]\nname = "x"', '\u001B[31m"x"'],
		['css', 'p { color: red }', '\u001B[36mcolor'],
		['diff', '-old\n+new', '\u001B[32m+new'],
		['dockerfile', 'FROM node:20\nRUN npm ci', `${blue}FROM`],
		['makefile', '.PHONY: all\nall:\n\techo hi', `${blue}.PHONY`],
	];
	for (const [language, code, expected] of samples) {
		const post = fence(language, code);
		const out = await renderPost(post, coloured);
		assert.ok(out.includes(expected), `${language}: ${JSON.stringify(codeLines(out))}`);
		assert.equal(visible(out), await renderPost(post, plain), language);
		assert.deepEqual(foreignControls(out), [], language);
	}
});

test('code text is shown as written: markup characters, entity-like text and object property names', async () => {
	const code = 'if (a < b && c > "d") { x = \'&amp;\' + constructor + __proto__ + toString; }\n<span class="hljs-keyword">no</span>';
	for (const language of ['js', 'html', 'python', 'mermaid', '']) {
		const out = await renderPost(fence(language, code), coloured);
		assert.deepEqual(codeLines(visible(out)), code.split('\n').map(line => `│ ${line}`), language);
	}
});

test('a language we have no grammar for, and an untagged block, keep the plain code colour', async () => {
	for (const language of ['mermaid', '']) {
		const out = await renderPost(fence(language, 'graph TD; A-->B'), coloured);
		assert.deepEqual(codeLines(out), ['\u001B[2m│ \u001B[22m\u001B[33mgraph TD; A-->B\u001B[39m'], language);
	}
});

test('line marks glued to the language (js{1,3}) leave the language named and highlighted', async () => {
	const out = await renderPost(fence('js{1,3}', 'var a = 1;'), coloured);
	assert.ok(out.includes(`${blue}var`), 'highlighted as JavaScript');
	assert.ok(out.includes('┃ '), 'line 1 marked');
	assert.ok(!out.includes('{1,3}'), out);
});

test('the language name is matched in any case, and embedded languages are coloured too', async () => {
	const out = await renderPost(fence('HTML', '<style>p { color: red }</style><script>var a = 1;</script>'), coloured);
	assert.ok(out.includes('\u001B[36mcolor'), 'CSS inside HTML');
	assert.ok(out.includes(`${blue}var`), 'JavaScript inside HTML');
});

test('without colour no code block holds an escape, whatever its language', async () => {
	for (const language of ['js', 'html', 'diff', 'mermaid', '']) {
		const out = await renderPost(fence(language, 'const a = "\u001B[31mred";'), plain);
		assert.ok(!out.includes('\u001B'), language);
		assert.match(out, /^│ const a = "red";$/m, language);
	}
});

test('Liquid and Hugo highlight tags are coloured as their fences would be', async () => {
	const bodies = [
		'{% highlight ruby %}\ndef f; end\n{% endhighlight %}',
		'{{< highlight ruby >}}\ndef f; end\n{{< /highlight >}}',
	];
	for (const body of bodies) {
		const out = await renderPost(makePost(body), coloured);
		assert.ok(out.includes(`${blue}def`), body);
	}
});

test('a code block from an HTML post keeps its language and is coloured', async () => {
	const post = makePost('<p>Intro.</p><pre><code class="language-python">def f():\n    return None</code></pre>', 'html');
	const out = await renderPost(post, coloured);
	assert.ok(out.includes(`${blue}def`), JSON.stringify(codeLines(out)));
	assert.equal(visible(out), await renderPost(post, plain));
});
