import type {PostFormat} from '../post.js';
import {decodeEntities} from '../../text/entities.js';
import {innerOf, stripTags} from './html-scan.js';
import {lines400, plainInline} from './plain.js';
import {withoutClosingMarks} from './trim.js';

/** The title a post's body gives itself: the first level-one heading, or an HTML `<h1>`/`<title>`. */
export function titleFromBody(body: string, format: PostFormat): string {
	if (format === 'html') {
		const heading = innerOf(body, 'h1') ?? innerOf(body, 'title');
		return heading === undefined ? '' : decodeEntities(stripTags(heading)).replace(/\s\s+|[^\S ]/g, ' ').trim();
	}

	// The whole rest of the line, closing marks cut off after: a lazy `(\S.*?)` before optional
	// closing marks rescans a long run of spaces or `=` from each of its characters.
	const marker = format === 'asciidoc' ? /^=[ \t]+(\S.*)$/ : /^#[ \t]+(\S.*)$/;
	const mark = format === 'asciidoc' ? '=' : '#';
	let fence = '';
	let previous = '';
	for (const line of lines400(body)) {
		const fenceMark = /^(`{3,}|~{3,}|-{4,}|\.{4,})/.exec(line)?.[1];
		if (fence) {
			if (fenceMark?.startsWith(fence)) {
				fence = '';
			}
		} else if (fenceMark && (format === 'markdown' ? !fenceMark.startsWith('-') && !fenceMark.startsWith('.') : true)) {
			fence = fenceMark;
		} else {
			const match = marker.exec(line);
			if (match) {
				return plainInline(withoutClosingMarks(match[1] ?? '', mark, format !== 'asciidoc'), format);
			}

			// A setext heading: `Title` underlined with `===`.
			if (format === 'markdown' && /^=+[ \t]*$/.test(line) && previous.trim() !== '') {
				return plainInline(previous.trim(), format);
			}
		}

		previous = line;
	}

	return '';
}

/** A title made from a file name: `my-first_post` reads as `my first post`. */
export function titleFromName(stem: string): string {
	return /\s/.test(stem) ? stem.trim() : stem.replace(/[-_]+/g, ' ').trim();
}
