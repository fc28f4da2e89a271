import {gemoji} from 'gemoji';

/**
Emoji shortcodes (`:heart:`, `:+1:`) as GitHub, Jekyll and Hugo show them, from GitHub's own
list. Loaded only for a post that holds something shaped like a shortcode.
*/

let table: Map<string, string> | undefined;

function lookup(): Map<string, string> {
	if (!table) {
		table = new Map();
		for (const {emoji, names} of gemoji) {
			for (const name of names) {
				table.set(name, emoji);
			}
		}
	}

	return table;
}

export const shortcodePattern = /:([a-z\d_+-]{1,40}):/g;

/** Whether the text may hold a shortcode (cheap; errs towards yes). */
export function mayHoldShortcode(text: string): boolean {
	return /:[a-z\d_+-]{1,40}:/.test(text);
}

/** Replaces known shortcodes; an unknown one (`:not-an-emoji:`, a time `10:30:00`) stays as typed. */
export function replaceShortcodes(text: string): string {
	if (!text.includes(':')) {
		return text;
	}

	const known = lookup();
	return text.replace(shortcodePattern, (all, name: string) => known.get(name) ?? all);
}
