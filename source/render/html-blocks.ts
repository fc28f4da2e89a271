import {inline, oneLine} from './html-inline.js';
import {classes, containsBlock, type Context, destination, droppedNames, escapeMarkdownText, fileName, hostOf, indent, isBlock, isElement, mediaNames, paragraphs, placeholder, privateMarks, quote} from './html-markdown.js';
import {castOf, details, figure, media} from './html-media.js';
import {definition} from './html-notes.js';
import {admonition, table} from './html-tables.js';
import {attribute, type HtmlElement, type HtmlNode, textOf} from './html-tree.js';

/**
Block HTML (headings, quotes, lists, code, tables, figures, Asciidoctor's divs) as Markdown
blocks: the part of the conversion that walks the tree.
*/

export function list(node: HtmlElement, context: Context): string[] {
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

export function languageOf(node: HtmlElement | undefined): string {
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

export function codeBlock(node: HtmlElement): string {
	const code = node.children.find(child => isElement(child) && child.name === 'code') as HtmlElement | undefined;
	const language = (languageOf(code) || languageOf(node)).replace(/[`\s]/g, '');
	const text = textOf(node).replace(privateMarks, '').replace(/^\n/, '').replace(/\s+$/, '');
	let fence = '```';
	while (text.includes(fence)) {
		fence += '`';
	}

	return `${fence}${language}\n${text}\n${fence}`;
}

export function block(node: HtmlElement, context: Context): string[] {
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

export function blocks(nodes: readonly HtmlNode[], context: Context): string[] {
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
