import {type Header, noHeader} from './header.js';

const property = /^[ \t]*([\w.-]+)[ \t]*=([^\n]*)$/;
const separator = /^~{6,}[ \t]*$/;
// A header is a few lines; a file whose first hundred lines are all `key=value` is not a post header.
const maxLines = 100;

/**
JBake's header: `key=value` lines ended by a line of `~~~~~~`, blank lines allowed before it.
Without the separator, or with a line that is not `key=value`, the text has no header.
*/
export function parseJbakeHeader(text: string): Header {
	const meta: Record<string, unknown> = {};
	let offset = 0;
	let sawProperty = false;
	for (let count = 0; count < maxLines && offset < text.length; count++) {
		let end = text.indexOf('\n', offset);
		if (end === -1) {
			end = text.length;
		}

		const line = text.slice(offset, end);
		offset = end + 1;
		if (separator.test(line)) {
			return sawProperty ? {found: true, meta, body: text.slice(Math.min(offset, text.length))} : noHeader(text);
		}

		if (line.trim() === '') {
			continue;
		}

		const match = property.exec(line);
		if (!match) {
			return noHeader(text);
		}

		const key = (match[1] ?? '').toLowerCase();
		if (!(key in meta)) {
			meta[key] = (match[2] ?? '').trim();
		}

		sawProperty = true;
	}

	return noHeader(text);
}
