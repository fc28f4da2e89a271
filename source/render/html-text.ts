import {decodeEntities} from '../text/entities.js';

/**
HTML reduced to plain text with regular expressions only: the fallback when a real conversion
is not loaded or fails (a document nested too deeply), and the treatment of inline tags.
*/

/** Elements whose content is never text for a reader. */
export const droppedElements = /<(script|style|template|iframe|object|embed|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const selfClosingDropped = /<(?:script|style|iframe|object|embed|link|meta)\b[^>]*\/?>/gi;
const comments = /<!--[\s\S]*?(?:-->|$)/g;

/** `alt` and `src` of an `<img>` tag, when the tag is one. */
export function imageOf(tag: string): {readonly alt: string; readonly src: string} | undefined {
	if (!/^<img\b/i.test(tag)) {
		return undefined;
	}

	const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	const value = (match: RegExpExecArray | null) => decodeEntities(match?.[1] ?? match?.[2] ?? match?.[3] ?? '');
	return {alt: value(attribute('alt')), src: value(attribute('src'))};
}

export function htmlToText(html: string): string {
	return decodeEntities(html
		.replace(comments, '')
		.replace(droppedElements, '')
		.replace(selfClosingDropped, '')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/?(?:p|div|li|ul|ol|tr|table|h[1-6]|blockquote|pre|section|article|figure|figcaption)\b[^>]*>/gi, '\n')
		.replace(/<[^>]*>/g, ''))
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
