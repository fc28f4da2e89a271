import {breakMark, codeSpan, collapse, type Context, destination, droppedNames, escapeMarkdownText, mediaNames, privateMarks, wrapInline} from './html-markdown.js';
import {castOf, media} from './html-media.js';
import {footnoteReference, isBackLink} from './html-notes.js';
import {attribute, findElement, type HtmlElement, type HtmlNode, textOf} from './html-tree.js';
import {script} from './scripts.js';

/** Inline HTML (text, emphasis, code, links, scripts, media) as inline Markdown. */

export function inlineChildren(node: HtmlElement, context: Context): string {
	let out = '';
	for (const child of node.children) {
		out += inline(child, context);
	}

	return out;
}

export function inline(node: HtmlNode, context: Context): string {
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

export function oneLine(node: HtmlElement, context: Context): string {
	return inlineChildren(node, context).replaceAll(breakMark, ' ').replace(/\s+/g, ' ').trim();
}
