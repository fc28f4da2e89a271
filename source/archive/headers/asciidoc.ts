import {trimSpacesEnd} from '../fields/trim.js';
import {type Header, noHeader} from './header.js';

// Values run to the end of the line and are trimmed after: a lazy `(.*?)[ \t]*$` rescans a long
// run of spaces from each of its characters.
const attribute = /^:(!?[\w][\w-]*!?):(?:[ \t]+(.*))?$/;
const docTitle = /^=[ \t]+(\S.*)$/;
const revision = /^(?:v?[\d.]+[,:]?[ \t]+)?(\d{4}-\d{2}-\d{2})/;

/**
The AsciiDoc document header: `= Title`, an optional author and revision line, and attribute
entries up to the first blank line. `:jbake-x:` attributes become `x`; `:author:`, `:revdate:`
and `:description:` fill in what they do not say. The header is a post header only when it has
jbake attributes (an attribute-only file shared through `include::` is not a post).

The body keeps the AsciiDoc header but for the jbake attributes, so the renderer still sees the
title, the author and the attributes the document refers to (`{images}`).
*/
export function parseAsciidocHeader(text: string): Header {
	const lines = text.split('\n');
	let index = 0;
	// Comments and blank lines may come before the header.
	while (index < lines.length && (lines[index]!.trim() === '' || lines[index]!.startsWith('//'))) {
		index++;
	}

	const meta: Record<string, unknown> = {};
	const fallbacks: Record<string, unknown> = {};
	const kept: string[] = lines.slice(0, index);
	let jbake = false;
	let implicitLines = 0;
	const title = docTitle.exec(lines[index] ?? '');
	if (title) {
		fallbacks['title'] = trimSpacesEnd(title[1] ?? '');
		kept.push(lines[index]!);
		index++;
		implicitLines = 2;
	}

	for (; index < lines.length; index++) {
		const line = lines[index]!;
		if (line.trim() === '') {
			break;
		}

		const lateTitle = fallbacks['title'] === undefined ? docTitle.exec(line) : null;
		const entry = lateTitle ? null : attribute.exec(line);
		if (lateTitle) {
			// Attribute entries may come before the document title.
			fallbacks['title'] = trimSpacesEnd(lateTitle[1] ?? '');
			implicitLines = 2;
		} else if (entry) {
			implicitLines = 0;
			const name = (entry[1] ?? '').toLowerCase();
			const value = trimSpacesEnd(entry[2] ?? '');
			if (name.startsWith('jbake-')) {
				jbake = true;
				meta[name.slice('jbake-'.length)] = value;
				continue;
			}

			if (name === 'author' || name === 'description') {
				fallbacks[name] = value;
			} else if (name === 'revdate') {
				fallbacks['date'] = value;
			}
		} else if (implicitLines === 2 && !line.startsWith('//') && !line.includes('::')) {
			// The implicit author line: `Jane Doe <jane@example.org>`.
			fallbacks['author'] = line.replace(/<[^<>]*>/g, '').split(';')[0]!.trim();
			implicitLines = 1;
		} else if (implicitLines === 1 && !line.startsWith('//') && !line.includes('::')) {
			const date = revision.exec(line.trim())?.[1];
			if (date) {
				fallbacks['date'] = date;
			}

			implicitLines = 0;
		}

		kept.push(line);
	}

	if (!jbake) {
		return noHeader(text);
	}

	for (const [key, value] of Object.entries(fallbacks)) {
		if (!(key in meta) && value !== '') {
			meta[key] = value;
		}
	}

	return {found: true, meta, body: [...kept, ...lines.slice(index)].join('\n')};
}
