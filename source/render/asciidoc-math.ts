/**
Touches on the HTML Asciidoctor writes that a terminal reader needs and a browser does not:

- Math (`stem:[…]`, `latexmath:[…]`, `[stem]` blocks) comes out wrapped in MathJax's delimiters
  (`\(…\)`, `\[…\]`, `\$…\$`) for a script to typeset. Here nothing typesets it: the formula is
  shown as code (inline code, or a code block named `math`), without the delimiters.
- A backslash the writer put before a brace (`\{`) that escapes nothing stays in Asciidoctor's
  output; it is the writer's escape, not text, and is taken out of prose.

Code (`<pre>`, `<code>`) is left alone. Every pattern is bounded in length: linear in the HTML.
*/

const protectedParts = /(<pre\b[^>]*>[\s\S]*?<\/pre>|<code\b[^>]*>[^<]*<\/code>)/i;
const stemBlock = /<div class="stemblock">\s*<div class="content">\s*(?:\\\[([\s\S]{0,20000}?)\\\]|\\\$([\s\S]{0,20000}?)\\\$)\s*<\/div>\s*<\/div>/g;
const inlineStem = /\\\(([^\n]{1,2000}?)\\\)|\\\$([^\n$]{1,2000}?)\\\$/g;

/** Whether the AsciiDoc source writes any math: only then are the delimiters read as math. */
export function writesMath(source: string): boolean {
	return /\b(?:stem|latexmath|asciimath):\[|^\[(?:stem|latexmath|asciimath)\b/m.test(source);
}

export function readableAsciidocHtml(html: string, source: string): string {
	const math = writesMath(source);
	let text = math
		? html.replace(stemBlock, (_all, latex?: string, ascii?: string) => `<pre class="math"><code data-lang="math">${(latex ?? ascii ?? '').trim()}</code></pre>`)
		: html;
	// Odd pieces are code, even ones prose (split keeps the captured separators).
	text = text.split(protectedParts).map((part, index) => {
		if (index % 2 === 1) {
			return part;
		}

		const prose = math ? part.replace(inlineStem, (_all, latex?: string, ascii?: string) => `<code>${latex ?? ascii}</code>`) : part;
		return prose.replaceAll('\\{', '{');
	}).join('');
	return text;
}
