import {Lexer, type Token, type Tokens} from 'marked';
import type {PostFormat} from '../../source/archive/post.js';

/**
What the corpus checks need from a post's source, read without the project's renderer so the
checks do not share its mistakes: the code it holds (skipped by the markup check), the prose
with code taken out (for link targets), and the link targets as written.
*/
export interface SourceParts {
	/** Lines of code blocks (fenced, indented, listings, `<pre>`, `{% highlight %}`). */
	readonly codeBlocks: readonly string[];
	/** Inline code spans, as their text (backticks, `+...+`, `<code>`). */
	readonly codeSpans: readonly string[];
	/** The source with every code block and span replaced by a blank. */
	readonly prose: string;
	/** Every link and image target written in the prose, byte for byte, in order. */
	readonly targets: readonly string[];
}

export function sourceParts(body: string, format: PostFormat): SourceParts {
	const codeBlocks: string[] = [];
	const codeSpans: string[] = [];
	let text = body.replace(/\r\n?/g, '\n');
	// Liquid's `{% raw %}` / `{% endraw %}` only stop Jekyll from reading what they hold: the site
	// shows the text between them as written (inside code spans, most often).
	// What a raw block holds is shown as written, `{% raw %}` too (`{% raw %}{% raw %}{% endraw %}`
	// shows `{% raw %}`); a raw tag never closed is taken out alone.
	// What it holds is read as nothing else (a `{% highlight %}` in it opens no block): kept
	// aside until the Liquid blocks are found.
	const raw: string[] = [];
	text = text.replace(/\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g, (_all, held: string) => `\uE010${raw.push(held) - 1}\uE011`).replace(/\{%-?\s*(?:end)?raw\s*-?%\}/g, '');
	// Liquid highlight blocks are code whatever the format around them.
	text = text.replace(/\{%-?\s*highlight\b[^%]*%\}([\s\S]*?)\{%-?\s*endhighlight\s*-?%\}/g, (_all, code: string) => {
		codeBlocks.push(code);
		return '\n';
	});
	text = text.replace(/\uE010(\d+)\uE011/g, (_all, index: string) => raw[Number(index)] ?? '');
	text = text.replace(/<pre\b[^>]*>([\s\S]*?)<\/pre>/gi, (_all, code: string) => {
		codeBlocks.push(stripTags(code));
		return '\n';
	});
	text = text.replace(/<code\b[^>]*>([\s\S]*?)<\/code>/gi, (_all, code: string) => {
		codeSpans.push(stripTags(code));
		return ' ';
	});
	if (format !== 'asciidoc') {
		// TeX display math (`$$` lines around a formula) is shown as a code block named math.
		text = text.replace(/^ {0,3}\$\$[ \t]*\n([\s\S]{1,20000}?)\n {0,3}\$\$[ \t]*$/gm, (_all, math: string) => {
			codeBlocks.push(math);
			return '\n';
		});
	}

	const prose = format === 'asciidoc' ? asciidocCode(text, codeBlocks, codeSpans) : markdownCode(text, codeBlocks, codeSpans);
	// Outside code, comments are for the writer (neither their text nor their URLs are on the
	// page), and a script's source is not a link a reader follows.
	const shown = prose
		.replace(/<!--[\s\S]*?-->/g, match => match.replace(/[^\n]/g, ' '))
		.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, match => match.replace(/[^\n]/g, ' '))
		// Nor is a `<link rel="stylesheet" href=…>`: the page's style, never shown.
		.replace(/<link\b[^>]*>/gi, match => match.replace(/[^\n]/g, ' '));
	return {codeBlocks, codeSpans, prose, targets: format === 'asciidoc' ? asciidocTargets(shown) : markdownTargets(shown)};
}

function stripTags(html: string): string {
	return decodeEntities(html.replace(/<[^>]*>/g, ''));
}

/** Blanks out what marked's lexer calls code, in document order, and collects it. */
function markdownCode(text: string, blocks: string[], spans: string[]): string {
	let tokens: Token[];
	try {
		tokens = new Lexer({gfm: true}).lex(text);
	} catch {
		return text;
	}

	let out = text;
	let cursor = 0;
	const blank = (raw: string): void => {
		const at = out.indexOf(raw, cursor);
		if (at < 0) {
			return;
		}

		out = out.slice(0, at) + raw.replace(/[^\n]/g, ' ') + out.slice(at + raw.length);
		cursor = at + raw.length;
	};

	const walk = (list: readonly Token[]): void => {
		for (const token of list) {
			if (token.type === 'code') {
				blocks.push((token as Tokens.Code).text);
				blank(token.raw);
			} else if (token.type === 'codespan') {
				spans.push((token as Tokens.Codespan).text);
				blank(token.raw);
			} else {
				const nested = token as {tokens?: Token[]; items?: Token[]; rows?: Tokens.TableCell[][]; header?: Tokens.TableCell[]};
				if (nested.header) {
					walk(nested.header.flatMap(cell => cell.tokens));
				}

				if (nested.rows) {
					walk(nested.rows.flat().flatMap(cell => cell.tokens));
				}

				walk(nested.items ?? []);
				walk(nested.tokens ?? []);
			}
		}
	};

	walk(tokens);
	return out;
}

const asciidocDelimited = /^(-{4,}|\.{4,}|\+{4,}|`{3,})(?:[\w+#.-]*)[ \t]*$/;
/** A block style that makes the paragraph under it a listing (`[source,java]` with no delimiters). */
const listingStyle = /^\[(?:source|listing|literal)\b[^\]]*\]\s*$/;

/** Listing (`----`), literal (`....`), passthrough (`++++`) blocks and inline monospace. */
function asciidocCode(text: string, blocks: string[], spans: string[]): string {
	const lines = text.split('\n');
	const out: string[] = [];
	let open: string | null = null;
	let current: string[] = [];
	// A listing style line seen, then the paragraph under it (when no delimiter follows).
	let styled = false;
	let paragraph: string[] | null = null;
	for (const line of lines) {
		if (paragraph !== null) {
			if (line.trim() === '') {
				blocks.push(paragraph.join('\n'));
				paragraph = null;
				out.push('');
			} else {
				paragraph.push(line);
				out.push('');
			}

			continue;
		}

		if (open !== null) {
			if (line.trimEnd() === open) {
				blocks.push(current.join('\n'));
				open = null;
				current = [];
			} else {
				current.push(line);
			}

			out.push('');
			continue;
		}

		const match = asciidocDelimited.exec(line);
		const previous = out.at(-1) ?? '';
		// A two-line section title is underlined with as many characters as the title has.
		const underline = previous.trim() !== '' && !previous.startsWith('[') && Math.abs([...previous.trimEnd()].length - line.trimEnd().length) <= 2;
		if (match && !underline) {
			// A fence closes with its backticks alone, whatever language it opened with.
			open = match[1]!;
			styled = false;
			out.push('');
			continue;
		}

		if (styled && line.trim() !== '' && !line.startsWith('[') && !line.startsWith('.')) {
			paragraph = [line];
			styled = false;
			out.push('');
			continue;
		}

		styled = listingStyle.test(line) || (styled && (line.startsWith('[') || line.startsWith('.')));

		// A literal paragraph: indented lines outside lists are shown as code.
		if (/^[ \t]+\S/.test(line) && !/^[ \t]*([*.-]+|\d+\.)[ \t]/.test(line)) {
			blocks.push(line);
			out.push('');
			continue;
		}

		out.push(line);
	}

	// A block never closed runs to the end of the document, as Asciidoctor reads it.
	if (open !== null || paragraph !== null) {
		blocks.push((paragraph ?? current).join('\n'));
	}

	return out.join('\n')
		// Math is shown as code: its source, without a macro around it.
		.replace(/\b(?:stem|latexmath|asciimath):\[((?:[^\]\\\n]|\\.)*)\]/g, (_all, math: string) => {
			spans.push(math);
			return ' ';
		})
		.replace(/`\+([^`\n]+?)\+`|``([^`\n]+?)``|`([^`\n]+?)`|(?<![\w+])\+([^+\n]+?)\+(?![\w+])/g, (_all, ...groups: Array<string | undefined>) => {
			spans.push(groups.slice(0, 4).find(group => group !== undefined) ?? '');
			return ' ';
		});
}

/** Markdown inline and reference links, images, autolinks, bare URLs and HTML `href`/`src`. */
export function markdownTargets(prose: string): string[] {
	const found: Array<[number, string]> = [];
	const add = (at: number, target: string | undefined): void => {
		if (target !== undefined && target !== '') {
			found.push([at, target]);
		}
	};

	// `[text](target "title")`: a target may hold one level of balanced parentheses. It is a link
	// only when the parenthesis closes after it (or a title follows): `[x](https://hackmd.io/<a
	// href=…>` inside an HTML block is text a browser shows as written, not a link to `…/<a`.
	// A target built by a template (`({% link x.md %})`) holds spaces: its `{%` is kept.
	for (const match of prose.matchAll(/\]\(\s*(?:<([^>\n]*)>|((?:[^\s()]|\([^\s()]*\))+))(?=\s*\)|\s+["'(]|(?<=\(\s*\{[{%]-?)\s)/g)) {
		add(match.index, match[1] ?? match[2]);
	}

	// A reference definition shows only where the text uses its label: one nobody uses (a
	// leftover in a long post) is not on the site either.
	const lowered = prose.toLowerCase().replace(/\s+/g, ' ');
	// `[label](url)` is an inline link, no use of the definition of the same label.
	const used = (label: string): boolean => {
		const written = `[${label.toLowerCase().replace(/\s+/g, ' ')}]`;
		return lowered.split(written).length - lowered.split(`${written}(`).length > 1;
	};
	// Labels match without regard to case, and the first definition of one wins (CommonMark).
	const defined = new Set<string>();
	for (const match of prose.matchAll(/^ {0,3}\[((?!\^)[^\]\n]+)\]:[ \t]*(?:<([^>\n]*)>|(\S+))/gm)) {
		const label = match[1]!.toLowerCase().replace(/\s+/g, ' ');
		if (!defined.has(label) && used(match[1]!)) {
			defined.add(label);
			add(match.index, match[2] ?? match[3]);
		}
	}

	for (const match of prose.matchAll(/<((?:https?|ftp|mailto):[^\s<>]+)>/gi)) {
		add(match.index, match[1]);
	}

	for (const match of prose.matchAll(/\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
		add(match.index, match[1] ?? match[2]);
	}

	// Bare URLs in text, as GFM links them: trailing punctuation is not part of the address.
	for (const match of prose.matchAll(/(?<![\w/"'=(<[\]])(https?:\/\/[^\s<>"'`\]]+)/g)) {
		const before = prose.slice(Math.max(0, match.index - 2), match.index);
		if (before.endsWith('](') || before.endsWith(': ')) {
			continue;
		}

		// A reference definition's URL after more than one space (`[cfg1]:     https://…`) is its
		// target, shown only where the text uses the label (above).
		const lineStart = prose.lastIndexOf('\n', match.index) + 1;
		if (/^ {0,3}\[[^\]\n]+\]:[ \t]*$/.test(prose.slice(lineStart, match.index))) {
			continue;
		}

		// A backslash escape in a bare URL is Markdown, not address: the site links it without.
		add(match.index, trimUrlTail(match[1]!).replace(/\\([!-/:-@[-`{-~])/g, '$1'));
	}

	return found.sort((a, b) => a[0] - b[0]).map(([, target]) => target);
}

/** AsciiDoc `link:`, URL macros and bare URLs, `image:`/`image::`, and HTML passthrough. */
export function asciidocTargets(source: string): string[] {
	// An attribute entry (`:gradle: https://gradle.org`) defines a value; a URL in it is shown
	// where the text refers to it, if anywhere.
	const prose = source.replace(/^:[\w-]+!?:.*$/gm, line => ' '.repeat(line.length));
	const found: Array<[number, string]> = [];
	for (const match of prose.matchAll(/\b(?:link:|image::?)([^\s[\]]+)\[/g)) {
		found.push([match.index, match[1]!]);
	}

	for (const match of prose.matchAll(/(?<![\w:/])((?:https?|ftp|mailto):[^\s[\]<>"]+?)(?=\[|[.,;:!?)]*(?:\s|$))/gm)) {
		const before = prose.slice(Math.max(0, match.index - 6), match.index);
		if (/(link:|image:|image::)$/.test(before)) {
			continue;
		}

		found.push([match.index, match[1]!]);
	}

	for (const match of prose.matchAll(/\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
		found.push([match.index, (match[1] ?? match[2])!]);
	}

	return found.filter(([, target]) => target !== '').sort((a, b) => a[0] - b[0]).map(([, target]) => target);
}

function trimUrlTail(url: string): string {
	let result = url.replace(/[.,;:!?*_~]+$/, '');
	// A closing parenthesis belongs to the URL only when it closes one inside it.
	while (result.endsWith(')') && (result.match(/\(/g)?.length ?? 0) < (result.match(/\)/g)?.length ?? 0)) {
		result = result.slice(0, -1).replace(/[.,;:!?*_~]+$/, '');
	}

	return result;
}

const namedEntities: Readonly<Record<string, string>> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
	rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', copy: '©', reg: '®', trade: '™', times: '×',
};

/** Character references as a browser reads them (the few named ones blogs use). */
export function decodeEntities(text: string): string {
	return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,9}));/gi, (_all, decimal?: string, hex?: string, name?: string) => {
		if (name !== undefined) {
			return namedEntities[name.toLowerCase()] ?? ' ';
		}

		const code = decimal === undefined ? Number.parseInt(hex!, 16) : Number.parseInt(decimal, 10);
		return code > 0 && code <= 0x10_FFFF ? String.fromCodePoint(code) : ' ';
	});
}

