import {asciicastOf} from './embeds.js';
import {classes, collapse, type Context, destination, escapeMarkdownText, fileName, firstSrcset, hostOf, imageNames, isElement, linkNames, mediaNames, paragraphs, placeholder} from './html-markdown.js';
import {attribute, findElement, type HtmlElement, type HtmlNode, textOf} from './html-tree.js';

/**
What a page shows but Markdown has no construct for, as a labelled placeholder that still carries
its target: images, video and audio, frames and embeds, an asciinema player, figures with their
captions, `<details>` with its summary.
*/

/** An image, video, frame or other embed as Markdown; `caption` overrides its own label. */
export function media(node: HtmlElement, caption = ''): string {
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
export function castOf(node: HtmlElement, next: HtmlNode | undefined): string {
	const cast = node.name === 'script' ? asciicastOf(attribute(node, 'src')) : undefined;
	if (!cast) {
		return '';
	}

	const fallback = next && isElement(next) && next.name === 'noscript' ? findElement(next, linkNames) : undefined;
	return fallback && attribute(fallback, 'href') === cast.target ? '' : placeholder(cast.kind, escapeMarkdownText(cast.label), cast.target);
}

export function isCaption(node: HtmlNode): node is HtmlElement {
	return isElement(node) && (node.name === 'figcaption' || (node.name === 'div' && classes(node).includes('title')));
}

export function countMedia(node: HtmlNode): number {
	if (!isElement(node)) {
		return 0;
	}

	if (mediaNames.has(node.name)) {
		return 1;
	}

	return node.children.reduce((sum, child) => sum + countMedia(child), 0);
}

export function figure(node: HtmlElement, context: Context): string[] {
	const captionNode = node.children.find(child => isCaption(child)) as HtmlElement | undefined;
	const caption = captionNode ? context.oneLine(captionNode, context) : '';
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

	return [...context.blocks(content, context), ...(caption ? paragraphs(`*${caption}*`) : [])];
}

export function details(node: HtmlElement, context: Context): string[] {
	const summary = node.children.find(child => isElement(child) && child.name === 'summary') as HtmlElement | undefined;
	const title = summary ? context.oneLine(summary, context) : '';
	const rest = node.children.filter(child => child !== summary);
	return [...paragraphs(`**▸ ${title || 'Details'}**`), ...context.blocks(rest, context)];
}
