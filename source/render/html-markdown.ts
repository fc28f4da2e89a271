import {attribute, type HtmlElement, type HtmlNode} from './html-tree.js';

/**
The Markdown the HTML conversion writes (html.ts): text escaped only where Markdown would read
it as markup, link destinations marked back byte for byte, code spans, paragraphs put together
from inline pieces; and the element names and node tests every part of the conversion shares.
*/

/** Elements that start a block of their own. */
export const blockNames = new Set([
	'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
	'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
	'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul', 'audio',
	'video', 'iframe', 'caption', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'listing', 'xmp', 'plaintext',
]);

/** Elements whose content is never text for a reader. */
export const droppedNames = new Set([
	'script', 'style', 'template', 'head', 'title', 'meta', 'link', 'base', 'param', 'track',
	'source', 'colgroup', 'col', 'select', 'datalist', 'canvas', 'map', 'area', 'frameset', 'frame', 'noframes',
]);

export const mediaNames = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'embed', 'object', 'svg']);

export const imageNames = new Set(['img']);

export const linkNames = new Set(['a']);

// A line break inside a paragraph while it is being put together; never left in the output.
export const breakMark = '\uE002';

export const privateMarks = /[\uE002]/g;

export const bareUrl = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>]*/g;

export const paragraphBreak = new RegExp(`${breakMark}\\s*${breakMark}[\\s${breakMark}]*`);

export interface Notes {
	/** Note element id -> the label its references and its definition share. */
	readonly labels: Map<string, string>;
}

export interface Context {
	readonly notes: Notes;
	readonly table: boolean;
	readonly note: boolean;
	/**
	The walk over blocks and the one-line form of an element (html-blocks.ts, html-inline.ts), for
	the parts that hold blocks of their own (figures, details, notes, table cells). Passed here,
	not imported, so the parts depend on the walk only through what they are given.
	*/
	readonly blocks: (nodes: readonly HtmlNode[], context: Context) => string[];
	readonly oneLine: (node: HtmlElement, context: Context) => string;
}

export function classes(node: HtmlElement): string[] {
	return attribute(node, 'class').split(/\s+/).filter(Boolean);
}

export function isElement(node: HtmlNode): node is HtmlElement {
	return typeof node !== 'string';
}

export function isBlock(node: HtmlNode): boolean {
	return isElement(node) && blockNames.has(node.name);
}

/** Whether an inline element holds a block somewhere inside (a link around a `<div>`). */
export function containsBlock(node: HtmlElement): boolean {
	return node.children.some(child => isElement(child) && !droppedNames.has(child.name) && (blockNames.has(child.name) || containsBlock(child)));
}

export function escapePlain(text: string, table: boolean): string {
	return text
		.replace(/[\\`*[\]<~]/g, character => `\\${character}`)
		.replace(/\|/g, table ? '\\|' : '|')
		.replace(/&(?=#?[a-z\d]+;)/gi, '\\&')
		// An underscore inside a word is never emphasis (snake_case stays as written).
		.replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
}

/** Text as Markdown that reads back as the same text. */
export function escapeMarkdownText(text: string, table = false): string {
	let out = '';
	let last = 0;
	for (const match of text.matchAll(bareUrl)) {
		let url = match[0];
		const end = match.index + url.length;
		if (end === text.length && !/^www\./.test(url)) {
			// A URL that ends the text runs into what follows (`https://hackmd.io/<a>x</a>/y`):
			// marked's autolink would take the next link's brackets into the address. The
			// autolink form ends it where the text does; punctuation after it stays text.
			const tail = /[.,;:!?*_~'")]*$/.exec(url)![0];
			url = url.slice(0, url.length - tail.length);
			out += escapePlain(text.slice(last, match.index), table) + (url.includes('\\') ? url : `<${url}>`) + escapePlain(tail, table);
		} else {
			out += escapePlain(text.slice(last, match.index), table) + url;
		}

		last = end;
	}

	return out + escapePlain(text.slice(last), table);
}

/** A link destination that marked hands back byte for byte. */
export function destination(target: string): string {
	if (/[<>\n]/.test(target)) {
		return target.replace(/[\\()]/g, character => `\\${character}`).replace(/[\s<>]/g, character => encodeURIComponent(character));
	}

	return `<${target.replace(/\\/g, '\\\\')}>`;
}

export function collapse(text: string): string {
	return text.replace(/[ \t\n\r\f]+/g, ' ');
}

export function codeSpan(code: string): string {
	const text = collapse(code).replace(privateMarks, '');
	if (text.trim() === '') {
		return text;
	}

	let fence = '`';
	while (text.includes(fence)) {
		fence += '`';
	}

	const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${text}${pad}${fence}`;
}

export function wrapInline(content: string, marker: string): string {
	const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(content)!;
	return match[2] ? `${match[1]}${marker}${match[2]}${marker}${match[3]}` : content;
}

export function fileName(target: string): string {
	return target.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? '';
}

export function firstSrcset(srcset: string): string {
	return srcset.trim().split(/\s+/)[0]?.replace(/,$/, '') ?? '';
}

/** `[kind: label](target)` as a link whose visible text keeps its brackets; `label` is Markdown text. */
export function placeholder(kind: string, label: string, target: string): string {
	const text = label ? `\\[${kind}: ${label}\\]` : `\\[${kind}\\]`;
	return target ? `[${text}](${destination(target)})` : text;
}

export function hostOf(target: string): string {
	try {
		return new URL(target, 'https://localhost/').hostname || target;
	} catch {
		return target;
	}
}

/** Escapes what Markdown would read as a block marker at the start of a line. */
export function escapeLineStart(line: string): string {
	return line
		.replace(/^([#>+=-])/, '\\$1')
		.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Inline Markdown put together into paragraphs: trimmed, line breaks kept, block markers escaped. */
export function paragraphs(text: string): string[] {
	const out: string[] = [];
	// Two breaks in a row (`<br><br>`) separate paragraphs, as they do on the page.
	for (const part of text.split(paragraphBreak)) {
		const lines = part.split(breakMark).map(line => line.replace(/ {2,}/g, ' ').trim()).filter(Boolean);
		if (lines.length > 0) {
			out.push(lines.map(line => escapeLineStart(line)).join('\\\n'));
		}
	}

	return out;
}

export function indent(text: string, first: string, rest: string): string {
	return text.split('\n').map((line, index) => (index === 0 ? first : (line === '' ? '' : rest)) + line).join('\n');
}

export function quote(parts: readonly string[]): string[] {
	const body = parts.join('\n\n');
	return body ? [body.split('\n').map(line => (line ? `> ${line}` : '>')).join('\n')] : [];
}
