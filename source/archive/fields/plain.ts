import type {PostFormat} from '../post.js';
import {decodeEntities} from '../../text/entities.js';
import {innerOf, stripTags} from './html-scan.js';

// Bracket and parenthesis contents exclude their own opener: with `[^\]]*` every `[` of a long
// unclosed run scanned to the end of the text (100,000 `[` took 9.5 s to load).
const markdownInline = /(!)\[[^[\]]*\]\([^()]*\)|\[([^[\]]*)\](?:\([^()]*\)|\[[^[\]]*\])|\*+|~~|`+/g;

/**
An AsciiDoc macro or URL with its text in brackets (`link:target[text]`, `https://x[text]`), matched
from the start of a word only and the macro name looked for inside: matching from every `link:`
rescanned a run like `link:link:link:` to its end from each one.
*/
const asciidocMacro = /(?<!\S)([^\s[]+)\[([^[\]]*)\]/g;
const macroName = /\b(?:link|mailto|xref|image):|\bhttps?:\/\/(?=[^\s[])/;

/** Inline markup as the words a reader sees: links keep their text, emphasis and code marks go. */
export function plainInline(text: string, format: PostFormat): string {
	let plain = text;
	if (format === 'asciidoc') {
		plain = plain
			.replace(asciidocMacro, (whole, target: string, text: string) => {
				const name = macroName.exec(target);
				return name ? target.slice(0, name.index) + text : whole;
			})
			// `<<id,text>>` shows the text, `<<id>>` the id.
			.replace(/<<([^<>]*)>>/g, (_whole, inner: string) => {
				const comma = inner.indexOf(',');
				return comma === -1 ? inner : inner.slice(comma + 1).trimStart();
			})
			.replace(/\{[\w-]+\}/g, '')
			.replace(/(^|\W)[*_`#]{1,2}(?=\S)|(?<=\S)[*_`#]{1,2}(?=\W|$)/g, '$1');
	} else {
		// Each replacement only where its character occurs: this runs once per post at load.
		if (plain.includes('<')) {
			plain = stripTags(plain);
		}

		// Images go, links keep their text, emphasis and code marks go: one pass.
		plain = plain.replace(markdownInline, (_whole, image?: string, text?: string) => (image === undefined ? (text ?? '').replace(/\*+|~~|`+/g, '') : ''));
		if (plain.includes('_')) {
			// Closing runs only from their first `_`, so a long run is not tried from each of its characters.
			plain = plain.replace(/(^|\s)_+|(?<!_)_+(?=\s|$|[.,;:!?)])/g, '$1');
		}

		if (plain.includes('&')) {
			plain = decodeEntities(plain);
		}
	}

	return plain.replace(/\s\s+|[^\S ]/g, ' ').trim();
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
	const inner = innerOf(body, 'p');
	return inner === undefined ? '' : decodeEntities(stripTags(inner)).replace(/\s\s+|[^\S ]/g, ' ').trim();
}

// Lines that start something other than a paragraph.
const markdownBlock = /^(?:#{1,6}(?:\s|$)|>|[-*+][ \t]|\d+[.)][ \t]|\||!\[|<|\[[^\]]*\]:|(?:[-*_][ \t]*){3,}$|={2,}[ \t]*$)/;
const asciidocBlock = /^(?:=+[ \t]|:[\w!-]+:|\/\/|\[.*\]$|[A-Za-z]+::|\.[^.\s]|[*-][ \t]|\d+\.[ \t]|\.+[ \t]|\||(?:NOTE|TIP|WARNING|CAUTION|IMPORTANT):)/;

function firstParagraph(body: string, format: PostFormat): string {
	const block = format === 'asciidoc' ? asciidocBlock : markdownBlock;
	const fenceStart = format === 'asciidoc' ? /^(-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|`{3,}|\/{4,})[ \t]*$/ : /^[ \t]{0,3}(`{3,}|~{3,})/;
	let fence = '';
	const lines: string[] = [];
	// The AsciiDoc document header (title, author line, attributes) runs to the first blank line.
	let inHeader = format === 'asciidoc';
	// Only the first part of a body is read: a post whose first 400 lines hold no prose has no summary.
	const iterator = lines400(body);
	for (const line of iterator) {
		if (fence) {
			if (line.trimEnd().startsWith(fence)) {
				fence = '';
			}

			continue;
		}

		const trimmed = line.trim();
		if (inHeader) {
			if (trimmed === '' || trimmed.startsWith('//')) {
				continue;
			}

			if (/^=[ \t]|^:[\w!-]+:/.test(trimmed)) {
				while (true) {
					const next = iterator.next();
					if (next.done || next.value.trim() === '') {
						break;
					}
				}

				inHeader = false;
				continue;
			}

			inHeader = false;
		}

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

/** Reading time at 200 words a minute; at least one minute for any words at all. */
export function readingMinutes(words: number): number {
	return words === 0 ? 0 : Math.max(1, Math.ceil(words / 200));
}

/** The first 400 lines, one at a time, without splitting the whole body. */
export function * lines400(text: string): Generator<string> {
	let start = 0;
	for (let count = 0; count < 400 && start <= text.length; count++) {
		let end = text.indexOf('\n', start);
		if (end === -1) {
			end = text.length;
		}

		yield text.slice(start, end);
		start = end + 1;
	}
}
