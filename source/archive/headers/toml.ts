import {type Header, fenced, lowerKeys, noHeader} from './header.js';
import {toml} from '../../files/libraries.js';

const closing = /\n\+\+\+[ \t]*(?:\n|$)/g;

/** TOML front matter between `+++` lines (Hugo, Zola). Unclosed or invalid front matter is no header. */
export function parseTomlHeader(text: string): Header {
	const block = fenced(text, '+++', closing);
	if (!block) {
		return noHeader(text);
	}

	const body = text.slice(block.bodyStart);
	try {
		return {found: true, meta: lowerKeys(toml().parse(block.inner)), body};
	} catch {
		return {found: false, meta: {}, body};
	}
}
