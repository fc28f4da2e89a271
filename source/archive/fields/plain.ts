import type {PostFormat} from '../post.js';
import {decodeEntities, stripTags} from './html-text.js';

/** Inline markup as the words a reader sees: links keep their text, emphasis and code marks go. */
export function plainInline(text: string, format: PostFormat): string {
	let plain = text;
	if (format === 'asciidoc') {
		plain = plain
			.replace(/\b(?:link|mailto|xref|image):[^\s[]*\[([^\]]*)\]/g, '$1')
			.replace(/\bhttps?:\/\/[^\s[]+\[([^\]]*)\]/g, '$1')
			.replace(/<<[^,>]*,\s*([^>]*)>>/g, '$1')
			.replace(/<<([^>]*)>>/g, '$1')
			.replace(/\{[\w-]+\}/g, '')
			.replace(/(^|\W)[*_`#]{1,2}(?=\S)|(?<=\S)[*_`#]{1,2}(?=\W|$)/g, '$1');
	} else {
		plain = stripTags(plain)
			.replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
			.replace(/(^|\W)(?:\*\*|__|\*|_|~~)(?=\S)|(?<=\S)(?:\*\*|__|\*|_|~~)(?=\W|$)/g, '$1')
			.replace(/`+/g, '');
		plain = decodeEntities(plain);
	}

	return plain.replace(/\s+/g, ' ').trim();
}

const maxSummary = 200;

/** The first paragraph of prose, as plain text cut at a word near 200 characters. */
export function summaryFromBody(body: string, format: PostFormat): string {
	const paragraph = format === 'html' ? firstHtmlParagraph(body) : firstParagraph(body, format);
	return shorten(paragraph);
}

export function shorten(text: string): string {
	if (text.length <= maxSummary) {
		return text;
	}

	const cut = text.lastIndexOf(' ', maxSummary);
	return `${text.slice(0, cut > maxSummary / 2 ? cut : maxSummary).trimEnd()}…`;
}

function firstHtmlParagraph(body: string): string {
	const match = /<p\b[^>]*>([\s\S]*?)<\/p>/i.exec(body);
	return match ? decodeEntities(stripTags(match[1] ?? '')).replace(/\s+/g, ' ').trim() : '';
}

// Lines that start something other than a paragraph.
const markdownBlock = /^(?:#{1,6}(?:\s|$)|>|[-*+][ \t]|\d+[.)][ \t]|\||!\[|<|\[[^\]]*\]:|(?:[-*_][ \t]*){3,}$|={2,}[ \t]*$)/;
const asciidocBlock = /^(?:=+[ \t]|:[\w!-]+:|\/\/|\[.*\]$|[A-Za-z]+::|\.[^.\s]|[*-][ \t]|\d+\.[ \t]|\.+[ \t]|\||(?:NOTE|TIP|WARNING|CAUTION|IMPORTANT):)/;

function firstParagraph(body: string, format: PostFormat): string {
	const block = format === 'asciidoc' ? asciidocBlock : markdownBlock;
	const fenceStart = format === 'asciidoc' ? /^(-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|`{3,}|\/{4,})[ \t]*$/ : /^[ \t]{0,3}(`{3,}|~{3,})/;
	let fence = '';
	const lines: string[] = [];
	// Only the first part of a body is read: a post whose first 400 lines hold no prose has no summary.
	for (const line of body.split('\n', 400)) {
		if (fence) {
			if (line.trimEnd().startsWith(fence)) {
				fence = '';
			}

			continue;
		}

		const trimmed = line.trim();
		if (trimmed === '') {
			if (lines.length > 0) {
				break;
			}

			continue;
		}

		if (format === 'markdown' && lines.length > 0 && /^(?:=+|-+)[ \t]*$/.test(trimmed)) {
			// The lines so far were a setext heading, not a paragraph.
			lines.length = 0;
			continue;
		}

		const fenceMark = fenceStart.exec(line)?.[1];
		if (fenceMark) {
			if (lines.length > 0) {
				break;
			}

			fence = fenceMark;
			continue;
		}

		if (lines.length === 0 && (block.test(trimmed) || /^ {4}|^\t/.test(line))) {
			continue;
		}

		lines.push(trimmed);
	}

	return plainInline(lines.join(' '), format);
}

/** Words a reader reads: runs of letters or digits, markup and URLs aside. */
export function countWords(body: string, format: PostFormat): number {
	const text = format === 'html' ? stripTags(body) : body.replace(/\]\([^)\s]*\)|https?:\/\/\S+/g, ' ');
	return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;
}

/** Reading time at 200 words a minute; at least one minute for any words at all. */
export function readingMinutes(words: number): number {
	return words === 0 ? 0 : Math.max(1, Math.ceil(words / 200));
}
