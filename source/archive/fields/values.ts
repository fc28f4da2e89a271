import {sanitizeLine, sanitizeText} from '../../text/sanitize.js';

// Every character sanitizeText may change starts with one of these; most posts hold none, and
// checking costs one scan instead of four replacements.
const suspicious = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Archive text for multi-line fields (bodies). */
export function cleanText(text: string): string {
	return suspicious.test(text) ? sanitizeText(text) : text;
}

/** Archive text for one-line fields (titles, tags), trimmed, runs of spaces made one. */
export function cleanLine(text: string): string {
	const line = suspicious.test(text) || text.includes('\n') ? sanitizeLine(text) : text;
	return line.replace(/\s{2,}/g, ' ').trim();
}

// What `cleanPath` changes, but NUL: a column of paths joined by NUL is checked in one scan.
const suspiciousInPaths = /[\u0001-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Whether `cleanPath` leaves every one of these paths, joined by NUL, as it is. */
export function arePlainPaths(joined: string): boolean {
	return !suspiciousInPaths.test(joined);
}

/** A file path for display: one line, but otherwise as the file system spells it. */
export function cleanPath(path: string): string {
	return suspicious.test(path) || path.includes('\n') ? sanitizeLine(path) : path;
}

/** A header value as one line of text, or '' when it is missing or not text-like. */
export function asText(value: unknown): string {
	if (typeof value === 'string') {
		return cleanLine(value);
	}

	if (typeof value === 'number' || typeof value === 'boolean') {
		return String(value);
	}

	if (Array.isArray(value)) {
		return value.map(item => asText(item)).filter(Boolean).join(', ');
	}

	if (typeof value === 'object' && value !== null && 'name' in value) {
		return asText((value as {name: unknown}).name);
	}

	return '';
}

/**
A header value as a list: a list as is, a string split on commas (on spaces too when `words`,
as Jekyll reads `tags: a b`). Items trimmed, empties and repeats dropped.
*/
export function asList(value: unknown, {words = false}: {readonly words?: boolean} = {}): string[] {
	let items: string[];
	if (Array.isArray(value)) {
		items = value.map(item => asText(item));
	} else if (typeof value === 'string') {
		const text = cleanLine(value);
		items = text.split(words && !text.includes(',') ? /\s+/ : ',');
	} else {
		const text = asText(value);
		items = text === '' ? [] : [text];
	}

	const seen = new Set<string>();
	for (const item of items) {
		const clean = item.trim();
		if (clean !== '') {
			seen.add(clean);
		}
	}

	return [...seen];
}

/** True for `true`, `"true"`, `yes` and the like: headers hold booleans as text too. */
export function isTrue(value: unknown): boolean {
	return value === true || (typeof value === 'string' && /^(?:true|yes|on)$/i.test(value.trim()));
}

export function isFalse(value: unknown): boolean {
	return value === false || (typeof value === 'string' && /^(?:false|no|off)$/i.test(value.trim()));
}
