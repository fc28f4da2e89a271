import {type Header, fenced, lowerKeys, noHeader} from './header.js';
import {toml} from '../../files/libraries.js';

const closing = /\n\+\+\+[ \t]*(?:\n|$)/g;

/** Where the body after TOML front matter starts (0 when there is none): it does not depend on what the TOML says. */
export function tomlBodyStart(text: string): number {
	return fenced(text, '+++', closing)?.bodyStart ?? 0;
}

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
