import {asciicastOf} from './embeds.js';
import {script} from './scripts.js';
import {attribute, findElement, parseHtml, textOf, type HtmlElement, type HtmlNode} from './html-tree.js';

/**
HTML posts (and HTML blocks inside Markdown) as Markdown, so they end as the same styled lines.
The HTML is parsed into a depth-capped tree (html-tree.ts), so the work is linear in its size
whatever the nesting. What a page shows but Markdown has no construct for becomes a labelled
placeholder that still carries its target: a video or audio file, a frame, a figure with its
caption, a `<details>` summary. Footnote links (`<sup><a href="#fn1">1</a></sup>` and the note
list they point to) become Markdown footnotes, `[^1]` and `[^1]: text`. Scripts, styles and
templates are never text; `<noscript>` is (a terminal runs no script, so its fallback is what
the reader gets: an asciinema embed's link, for one).

Link and image targets are written exactly as the HTML gives them (entities decoded, as a
browser reads the attribute), inside `<…>` so nothing in them is Markdown. Text is escaped only
where Markdown would read it as markup, and bare URLs in text are never escaped (marked's
autolinks take them verbatim, so an escape there would leak into the address).
*/

/** Elements that start a block of their own. */
const blockNames = new Set([
	'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
	'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
	'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul', 'audio',
	'video', 'iframe', 'caption', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'listing', 'xmp', 'plaintext',
]);
/** Elements whose content is never text for a reader. */
const droppedNames = new Set([
	'script', 'style', 'template', 'head', 'title', 'meta', 'link', 'base', 'param', 'track',
	'source', 'colgroup', 'col', 'select', 'datalist', 'canvas', 'map', 'area', 'frameset', 'frame', 'noframes',
]);
const mediaNames = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'embed', 'object', 'svg']);
const imageNames = new Set(['img']);
const linkNames = new Set(['a']);

// A line break inside a paragraph while it is being put together; never left in the output.
const breakMark = '\uE002';
const privateMarks = /[\uE002]/g;
const bareUrl = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>]*/g;
const paragraphBreak = new RegExp(`${breakMark}\\s*${breakMark}[\\s${breakMark}]*`);

interface Notes {
	/** Note element id -> the label its references and its definition share. */
	readonly labels: Map<string, string>;
}

interface Context {
	readonly notes: Notes;
	readonly table: boolean;
	readonly note: boolean;
}

function classes(node: HtmlElement): string[] {
	return attribute(node, 'class').split(/\s+/).filter(Boolean);
}

function isElement(node: HtmlNode): node is HtmlElement {
	return typeof node !== 'string';
}

function isBlock(node: HtmlNode): boolean {
	return isElement(node) && blockNames.has(node.name);
}

/** Whether an inline element holds a block somewhere inside (a link around a `<div>`). */
function containsBlock(node: HtmlElement): boolean {
	return node.children.some(child => isElement(child) && !droppedNames.has(child.name) && (blockNames.has(child.name) || containsBlock(child)));
}

function escapePlain(text: string, table: boolean): string {
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
function destination(target: string): string {
	if (/[<>\n]/.test(target)) {
		return target.replace(/[\\()]/g, character => `\\${character}`).replace(/[\s<>]/g, character => encodeURIComponent(character));
	}

	return `<${target.replace(/\\/g, '\\\\')}>`;
}

function collapse(text: string): string {
	return text.replace(/[ \t\n\r\f]+/g, ' ');
}

function codeSpan(code: string): string {
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

function wrapInline(content: string, marker: string): string {
	const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(content)!;
	return match[2] ? `${match[1]}${marker}${match[2]}${marker}${match[3]}` : content;
}

function fileName(target: string): string {
	return target.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? '';
}

function firstSrcset(srcset: string): string {
	return srcset.trim().split(/\s+/)[0]?.replace(/,$/, '') ?? '';
}

/** `[kind: label](target)` as a link whose visible text keeps its brackets; `label` is Markdown text. */
function placeholder(kind: string, label: string, target: string): string {
	const text = label ? `\\[${kind}: ${label}\\]` : `\\[${kind}\\]`;
	return target ? `[${text}](${destination(target)})` : text;
}

function hostOf(target: string): string {
	try {
		return new URL(target, 'https://localhost/').hostname || target;
	} catch {
		return target;
	}
}

/** An image, video, frame or other embed as Markdown; `caption` overrides its own label. */
function media(node: HtmlElement, caption = ''): string {
	switch (node.name) {
		case 'img': {
			const source = attribute(node, 'src') || firstSrcset(attribute(node, 'srcset')) || attribute(node, 'data-src');
			const alt = caption || escapeMarkdownText(collapse(attribute(node, 'alt') || attribute(node, 'title')).trim());
			if (!source || source.startsWith('data:')) {
				return placeholder('image', alt, '');
			}

			return `![${alt}](${destination(source)})`;
		}

		case 'picture': {
			const image = findElement(node, imageNames);
			if (image) {
				return media(image, caption);
			}

			const source = node.children.find(child => isElement(child) && child.name === 'source') as HtmlElement | undefined;
			const target = source ? firstSrcset(attribute(source, 'srcset')) || attribute(source, 'src') : '';
			return target ? `![${caption}](${destination(target)})` : placeholder('image', caption, '');
		}

		case 'video':
		case 'audio': {
			const source = node.children.find(child => isElement(child) && child.name === 'source' && attribute(child, 'src')) as HtmlElement | undefined;
			const target = attribute(node, 'src') || (source ? attribute(source, 'src') : '');
			const label = caption || escapeMarkdownText(collapse(attribute(node, 'title') || attribute(node, 'aria-label') || fileName(target)).trim());
			return placeholder(node.name, label, target);
		}

		case 'svg': {
			const title = node.children.find(child => isElement(child) && child.name === 'title');
			const label = caption || escapeMarkdownText(collapse(title ? textOf(title) : attribute(node, 'aria-label')).trim());
			return placeholder('image', label || 'svg', '');
		}

		default: {
			// iframe, embed, object: what they embedded stays reachable.
			const target = attribute(node, 'src') || attribute(node, 'data');
			if (!target || target.startsWith('#') || target.startsWith('data:')) {
				return caption ? placeholder('embedded', caption, '') : '';
			}

			return placeholder('embedded', caption || escapeMarkdownText(collapse(attribute(node, 'title')).trim() || hostOf(target)), target);
		}
	}
}

/**
An asciinema player script as its cast's placeholder; any other script or dropped element is
nothing. When the `<noscript>` after it links the same cast, that fallback is what the page
gives a reader without scripts, and it is shown alone (the cast is not listed twice).
*/
function castOf(node: HtmlElement, next: HtmlNode | undefined): string {
	const cast = node.name === 'script' ? asciicastOf(attribute(node, 'src')) : undefined;
	if (!cast) {
		return '';
	}

	const fallback = next && isElement(next) && next.name === 'noscript' ? findElement(next, linkNames) : undefined;
	return fallback && attribute(fallback, 'href') === cast.target ? '' : placeholder(cast.kind, escapeMarkdownText(cast.label), cast.target);
}

function footnoteTarget(node: HtmlElement): string | undefined {
	const href = attribute(node, 'href');
	return href.startsWith('#') && href.length > 1 ? href.slice(1) : undefined;
}

/** A short marker text such as `1`, `[2]` or `*`. */
function isMarkerText(text: string): boolean {
	return /^\s*\[?\s*[\w*†‡§]{1,8}\s*\]?\s*$/u.test(text);
}

/** The note a `<sup>` or `<a>` refers to, when it is a footnote reference. */
function footnoteReference(node: HtmlElement): string | undefined {
	if (node.name === 'sup') {
		const links = node.children.filter(child => isElement(child) && child.name === 'a') as HtmlElement[];
		if (links.length === 1 && isMarkerText(textOf(node))) {
			return footnoteTarget(links[0]!);
		}

		return undefined;
	}

	if (node.name === 'a') {
		const only = node.children.filter(child => typeof child !== 'string' || child.trim() !== '');
		const marked = attribute(node, 'role') === 'doc-noteref' || classes(node).includes('footnote-ref')
			|| (only.length === 1 && isElement(only[0]!) && only[0].name === 'sup');
		return marked && isMarkerText(textOf(node)) ? footnoteTarget(node) : undefined;
	}

	return undefined;
}

/** Footnote references whose note exists in the document, each given its label. */
function collectNotes(root: HtmlElement): Notes {
	const ids = new Set<string>();
	const references: Array<{readonly target: string; readonly text: string}> = [];
	const visit = (node: HtmlElement) => {
		const id = attribute(node, 'id');
		if (id) {
			ids.add(id);
		}

		const target = footnoteReference(node);
		if (target !== undefined) {
			references.push({target, text: textOf(node).replace(/[\s[\]]/g, '')});
			return;
		}

		for (const child of node.children) {
			if (isElement(child)) {
				visit(child);
			}
		}
	};

	visit(root);
	const labels = new Map<string, string>();
	const used = new Set<string>();
	for (const {target, text} of references) {
		if (!ids.has(target) || labels.has(target)) {
			continue;
		}

		let label = /^[\w-]{1,16}$/.test(text) && !used.has(text) ? text : String(labels.size + 1);
		while (used.has(label)) {
			label += '-';
		}

		used.add(label);
		labels.set(target, label);
	}

	return {labels};
}

function inlineChildren(node: HtmlElement, context: Context): string {
	let out = '';
	for (const child of node.children) {
		out += inline(child, context);
	}

	return out;
}

/** A back link from a note to its reference: `↩`, or Asciidoctor's number before the note. */
function isBackLink(node: HtmlElement, context: Context): boolean {
	return context.note && attribute(node, 'href').startsWith('#') && /^(?:[\s\d↩↑^⤴[\]]|\uFE0E|\uFE0F)*$/u.test(textOf(node));
}

function inline(node: HtmlNode, context: Context): string {
	if (typeof node === 'string') {
		return escapeMarkdownText(collapse(node.replace(privateMarks, '')), context.table);
	}

	if (droppedNames.has(node.name)) {
		return castOf(node, undefined);
	}

	const reference = footnoteReference(node);
	const label = reference === undefined ? undefined : context.notes.labels.get(reference);
	if (label !== undefined) {
		return `[^${label}]`;
	}

	switch (node.name) {
		case 'br': {
			return context.table ? '<br>' : breakMark;
		}

		case 'wbr': {
			return '';
		}

		case 'em':
		case 'i':
		case 'cite':
		case 'dfn':
		case 'var': {
			return wrapInline(inlineChildren(node, context), '*');
		}

		case 'strong':
		case 'b': {
			return wrapInline(inlineChildren(node, context), '**');
		}

		case 'del':
		case 's':
		case 'strike': {
			return wrapInline(inlineChildren(node, context), '~~');
		}

		case 'code':
		case 'kbd':
		case 'samp':
		case 'tt': {
			return codeSpan(textOf(node));
		}

		case 'q': {
			return `“${inlineChildren(node, context)}”`;
		}

		case 'sup': {
			const text = inlineChildren(node, context);
			return text.trim() ? `^${text}` : text;
		}

		case 'sub': {
			// Digits as Unicode subscripts (`MnO₂`); any other subscript written `_i`.
			const text = inlineChildren(node, context);
			const lowered = script('sub', collapse(textOf(node)));
			return lowered.startsWith('_') ? `\\_${text}` : lowered;
		}

		case 'a': {
			if (isBackLink(node, context)) {
				return '';
			}

			const text = inlineChildren(node, context).replaceAll(breakMark, ' ');
			const href = attribute(node, 'href');
			if (!node.attributes.has('href') || href.trim() === '') {
				return text;
			}

			if (text.includes('](')) {
				// A link around an image: the image, then where a click on it goes (a larger
				// version, the photo's page). A link in a link is not Markdown: the inner one stays.
				return /^\s*!\[/.test(text) && !text.includes(`(${destination(href)})`) ? `[${text}](${destination(href)})` : text;
			}

			return `[${text}](${destination(href)})`;
		}

		case 'input': {
			const type = attribute(node, 'type').toLowerCase();
			return type === 'checkbox' ? (node.attributes.has('checked') ? '[x] ' : '[ ] ') : '';
		}

		case 'math': {
			const annotation = findElement(node, new Set(['annotation']));
			return annotation ? codeSpan(textOf(annotation)) : escapeMarkdownText(collapse(textOf(node)), context.table);
		}

		case 'hr': {
			return breakMark;
		}

		default: {
			if (mediaNames.has(node.name)) {
				return media(node);
			}

			return inlineChildren(node, context);
		}
	}
}

/** Escapes what Markdown would read as a block marker at the start of a line. */
function escapeLineStart(line: string): string {
	return line
		.replace(/^([#>+=-])/, '\\$1')
		.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Inline Markdown put together into paragraphs: trimmed, line breaks kept, block markers escaped. */
function paragraphs(text: string): string[] {
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

function oneLine(node: HtmlElement, context: Context): string {
	return inlineChildren(node, context).replaceAll(breakMark, ' ').replace(/\s+/g, ' ').trim();
}

function indent(text: string, first: string, rest: string): string {
	return text.split('\n').map((line, index) => (index === 0 ? first : (line === '' ? '' : rest)) + line).join('\n');
}

function list(node: HtmlElement, context: Context): string[] {
	const items: HtmlElement[] = [];
	for (const child of node.children) {
		if (isElement(child) && child.name === 'li') {
			items.push(child);
		} else if (isElement(child) ? !droppedNames.has(child.name) : child.trim() !== '') {
			// Content between items (invalid, common) joins the item before it.
			const last = items.at(-1);
			if (last) {
				last.children.push(child);
			} else {
				items.push({name: 'li', attributes: new Map(), children: [child]});
			}
		}
	}

	if (items.length > 0 && items.every(item => context.notes.labels.has(attribute(item, 'id')))) {
		return items.map(item => definition(item, context));
	}

	const ordered = node.name === 'ol';
	const start = Number.parseInt(attribute(node, 'start'), 10);
	let number = Number.isFinite(start) && start >= 0 ? start : 1;
	const rendered = items.map(item => {
		const parts = blocks(item.children, context);
		const marker = ordered ? `${number++}. ` : '* ';
		if (parts.length === 0) {
			return marker.trimEnd();
		}

		// A paragraph followed by a nested list stays tight.
		let body = parts[0]!;
		for (const part of parts.slice(1)) {
			body += /^(?:[*]|\d+\.)(?: |$)/.test(part) ? `\n${part}` : `\n\n${part}`;
		}

		return indent(body, marker, ' '.repeat(marker.length));
	});
	const loose = rendered.some(item => item.includes('\n\n'));
	return rendered.length > 0 ? [rendered.join(loose ? '\n\n' : '\n')] : [];
}

/** A footnote's text as one `[^label]: text` definition. */
function definition(node: HtmlElement, context: Context): string {
	const label = context.notes.labels.get(attribute(node, 'id'))!;
	const text = blocks(node.children, {...context, note: true}).join(' ').replace(/\n/g, ' ').replace(/^\s*\.\s+/, '').trim();
	return `[^${label}]: ${text}`;
}

function languageOf(node: HtmlElement | undefined): string {
	if (!node) {
		return '';
	}

	const named = attribute(node, 'data-lang') || attribute(node, 'data-language');
	if (named) {
		return named;
	}

	const klass = attribute(node, 'class');
	return /(?:^|\s)(?:language|lang|highlight-source|highlight)-([\w+#.-]+)/.exec(klass)?.[1]
		?? /brush:\s*([\w+#.-]+)/.exec(klass)?.[1]
		?? '';
}

function codeBlock(node: HtmlElement): string {
	const code = node.children.find(child => isElement(child) && child.name === 'code') as HtmlElement | undefined;
	const language = (languageOf(code) || languageOf(node)).replace(/[`\s]/g, '');
	const text = textOf(node).replace(privateMarks, '').replace(/^\n/, '').replace(/\s+$/, '');
	let fence = '```';
	while (text.includes(fence)) {
		fence += '`';
	}

	return `${fence}${language}\n${text}\n${fence}`;
}

function quote(parts: readonly string[]): string[] {
	const body = parts.join('\n\n');
	return body ? [body.split('\n').map(line => (line ? `> ${line}` : '>')).join('\n')] : [];
}

function cellText(cell: HtmlElement, context: Context): string {
	return blocks(cell.children, {...context, table: true})
		.map(part => part.replace(/\\\n/g, '<br>').replace(/\n+/g, ' '))
		.join('<br>')
		.trim();
}

function rowsOf(table: HtmlElement): Array<{readonly row: HtmlElement; readonly head: boolean}> {
	const rows: Array<{readonly row: HtmlElement; readonly head: boolean}> = [];
	for (const child of table.children) {
		if (!isElement(child)) {
			continue;
		}

		if (child.name === 'tr') {
			rows.push({row: child, head: false});
		} else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
			for (const row of child.children) {
				if (isElement(row) && row.name === 'tr') {
					rows.push({row, head: child.name === 'thead'});
				}
			}
		}
	}

	return rows;
}

function cellsOf(row: HtmlElement): HtmlElement[] {
	return row.children.filter(child => isElement(child) && (child.name === 'td' || child.name === 'th')) as HtmlElement[];
}

const layoutBlocks = new Set(['pre', 'table', 'ul', 'ol', 'blockquote', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl']);

function table(node: HtmlElement, context: Context): string[] {
	const rows = rowsOf(node);
	const caption = node.children.find(child => isElement(child) && child.name === 'caption') as HtmlElement | undefined;
	const before = caption ? paragraphs(`**${oneLine(caption, context)}**`) : [];
	const cells = rows.flatMap(({row}) => cellsOf(row));
	// A table used for layout (code with a line-number gutter, a grid of blocks) is its blocks.
	if (cells.some(cell => findElement(cell, layoutBlocks) !== undefined)) {
		return [...before, ...cells
			.filter(cell => !classes(cell).some(name => /gutter|lineno/.test(name)))
			.flatMap(cell => blocks(cell.children, context))];
	}

	if (rows.length === 0) {
		return before;
	}

	const grid = rows.map(({row}) => cellsOf(row).flatMap(cell => {
		const span = Math.min(64, Math.max(1, Number.parseInt(attribute(cell, 'colspan'), 10) || 1));
		return [cellText(cell, context), ...Array.from({length: span - 1}, () => '')];
	}));
	const columns = Math.max(1, ...grid.map(row => row.length));
	const line = (row: readonly string[]) => `| ${Array.from({length: columns}, (_, index) => row[index] || ' ').join(' | ')} |`;
	const [header, ...body] = grid;
	return [...before, [line(header!), line(Array.from({length: columns}, () => '---')), ...body.map(row => line(row))].join('\n')];
}

function isCaption(node: HtmlNode): node is HtmlElement {
	return isElement(node) && (node.name === 'figcaption' || (node.name === 'div' && classes(node).includes('title')));
}

function countMedia(node: HtmlNode): number {
	if (!isElement(node)) {
		return 0;
	}

	if (mediaNames.has(node.name)) {
		return 1;
	}

	return node.children.reduce((sum, child) => sum + countMedia(child), 0);
}

function figure(node: HtmlElement, context: Context): string[] {
	const captionNode = node.children.find(child => isCaption(child)) as HtmlElement | undefined;
	const caption = captionNode ? oneLine(captionNode, context) : '';
	const content = node.children.filter(child => !isCaption(child));
	const wrapper: HtmlElement = {name: 'div', attributes: new Map(), children: content};
	const onlyMedia = countMedia(wrapper) === 1 && textOf(wrapper).trim() === '';
	if (onlyMedia) {
		const found = findElement(wrapper, mediaNames)!;
		// The caption as a label: its text, without links or emphasis of its own.
		// A caption that links somewhere (a credit, a source) is kept whole under the image, its
		// links with it; the image is then labelled by its own alt.
		const linkedCaption = captionNode !== undefined && findElement(captionNode, linkNames) !== undefined && caption !== '';
		const label = captionNode && !linkedCaption ? escapeMarkdownText(collapse(textOf(captionNode)).trim()) : '';
		const rendered = media(found, label);
		if (linkedCaption) {
			return [...(rendered ? [rendered] : []), ...paragraphs(`*${caption}*`)];
		}

		// An image that is a link (Asciidoctor's `link=`, a thumbnail to its full size) keeps it.
		const link = findElement(wrapper, linkNames);
		const href = link && findElement(link, mediaNames) === found ? attribute(link, 'href') : '';
		if (rendered.startsWith('![') && href && !href.startsWith('#') && !rendered.includes(`(${destination(href)})`)) {
			return [`[${rendered}](${destination(href)})`];
		}

		return rendered ? [rendered] : [];
	}

	return [...blocks(content, context), ...(caption ? paragraphs(`*${caption}*`) : [])];
}

function details(node: HtmlElement, context: Context): string[] {
	const summary = node.children.find(child => isElement(child) && child.name === 'summary') as HtmlElement | undefined;
	const title = summary ? oneLine(summary, context) : '';
	const rest = node.children.filter(child => child !== summary);
	return [...paragraphs(`**▸ ${title || 'Details'}**`), ...blocks(rest, context)];
}

function admonition(node: HtmlElement, context: Context): string[] {
	const kind = classes(node).find(name => name !== 'admonitionblock') ?? 'note';
	const cells = rowsOf(findElement(node, new Set(['table'])) ?? node).flatMap(({row}) => cellsOf(row));
	const icon = cells.find(cell => classes(cell).includes('icon'));
	const content = cells.find(cell => classes(cell).includes('content'));
	const label = (icon ? collapse(textOf(icon)).trim() : '') || kind;
	const parts = content ? blocks(content.children, context) : [];
	const head = `**${escapeMarkdownText(label.toUpperCase())}:**`;
	return quote(parts.length > 0 && !/^(?:[>*#|`]|\d+\.)/.test(parts[0]!)
		? [`${head} ${parts[0]}`, ...parts.slice(1)]
		: [head, ...parts]);
}

function block(node: HtmlElement, context: Context): string[] {
	if (context.notes.labels.has(attribute(node, 'id')) && node.name !== 'ol' && node.name !== 'ul') {
		return [definition(node, context)];
	}

	const klass = classes(node);
	switch (node.name) {
		case 'h1':
		case 'h2':
		case 'h3':
		case 'h4':
		case 'h5':
		case 'h6': {
			const text = oneLine(node, context).replace(/#$/, '\\#');
			return text ? [`${'#'.repeat(Number(node.name[1]))} ${text}`] : [];
		}

		case 'blockquote': {
			return quote(blocks(node.children, context));
		}

		case 'ul':
		case 'ol':
		case 'menu':
		case 'dir': {
			return list(node, context);
		}

		case 'li': {
			return list({name: 'ul', attributes: new Map(), children: [node]}, context);
		}

		case 'pre':
		case 'listing':
		case 'xmp':
		case 'plaintext': {
			return [codeBlock(node)];
		}

		case 'hr': {
			return ['* * *'];
		}

		case 'table': {
			return table(node, context);
		}

		case 'figure': {
			return figure(node, context);
		}

		case 'details': {
			return details(node, context);
		}

		case 'dt': {
			const text = oneLine(node, context);
			return text ? [`**${text}**`] : [];
		}

		case 'video':
		case 'audio':
		case 'iframe': {
			const rendered = media(node);
			return rendered ? [rendered] : [];
		}

		case 'div': {
			if (klass.includes('admonitionblock')) {
				return admonition(node, context);
			}

			if (klass.includes('imageblock') || klass.includes('videoblock')) {
				return figure(node, context);
			}

			if (klass.includes('footnotes') || attribute(node, 'id') === 'footnotes') {
				// The rule above the notes is the page's; the reader places the notes itself.
				return blocks(node.children.filter(child => !(isElement(child) && child.name === 'hr')), context);
			}

			if (klass.includes('title')) {
				// Asciidoctor's block titles: a bold line above the block.
				const text = oneLine(node, context);
				return text ? [`**${text}**`] : [];
			}

			return blocks(node.children, context);
		}

		case 'section': {
			return klass.includes('footnotes')
				? blocks(node.children.filter(child => !(isElement(child) && child.name === 'hr')), context)
				: blocks(node.children, context);
		}

		default: {
			return blocks(node.children, context);
		}
	}
}

function blocks(nodes: readonly HtmlNode[], context: Context): string[] {
	const out: string[] = [];
	let pending = '';
	const flush = () => {
		if (pending) {
			out.push(...paragraphs(pending));
			pending = '';
		}
	};

	for (const node of nodes) {
		if (isElement(node) && droppedNames.has(node.name)) {
			pending += castOf(node, nodes.slice(nodes.indexOf(node) + 1).find(next => typeof next !== 'string' || next.trim() !== ''));
			continue;
		}

		if (isBlock(node)) {
			flush();
			out.push(...block(node as HtmlElement, context));
		} else if (isElement(node) && !mediaNames.has(node.name) && node.name !== 'a' && containsBlock(node)) {
			flush();
			out.push(...blocks(node.children, context));
		} else if (isElement(node) && node.name === 'a' && containsBlock(node)) {
			// A link around blocks (a card, a figure): the blocks, then the link on its own line.
			flush();
			out.push(...blocks(node.children, context));
			const href = attribute(node, 'href');
			if (href && !href.startsWith('#') && !out.at(-1)?.includes(destination(href))) {
				out.push(placeholder('link', escapeMarkdownText(fileName(href) || hostOf(href)), href));
			}
		} else {
			pending += inline(node, context);
		}
	}

	flush();
	return out;
}

/** HTML as Markdown: the text, structure and targets of the page, in time linear in its size. */
export function htmlToMarkdown(html: string): string {
	const root = parseHtml(html);
	const context: Context = {notes: collectNotes(root), table: false, note: false};
	return blocks(root.children, context).join('\n\n');
}
