/**
JSON for stdout. JSON.stringify escapes only U+0000-U+001F, so a C1 control from a file or folder
name (U+009B is an 8-bit CSI: `\u009B2J` clears the screen in terminals that honour C1) would
reach the terminal raw. Escaping it keeps the value exact for scripts and harmless on screen.
*/
const unsafe = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/**
A lone surrogate (half of a pair, from a broken file or name) is written by JSON.stringify as a
`\udXXX` escape, which many parsers reject or keep as an invalid string. An escape is one with an
even run of backslashes before it (an odd run is an escaped backslash and text).
*/
const loneSurrogate = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;

export function toJson(value: unknown): string {
	return escaped(JSON.stringify(value, null, 2));
}

function escaped(stringified: string): string {
	const json = stringified.replace(unsafe, character => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`);
	// Well-formed pairs stay as they are (raw characters); only lone halves are escaped this way.
	return json.includes('\\ud') ? json.replace(loneSurrogate, '$1\uFFFD') : json;
}

/** Items per write: a pipe's reader gets its first lines at once, and no 6 MB string is ever made. */
const slice = 256;

/**
The bytes `toJson(items.map(toValue))` and a newline would be, written a slice of items at a
time: the consumer sees the first posts while the rest are turned into JSON. The escapes above
never span two items (items are joined by `,` and a newline), so each slice is escaped alone.
*/
export function writeJsonArray<T>(items: readonly T[], toValue: (item: T) => unknown, write: (text: string) => void): void {
	if (items.length === 0) {
		write('[]\n');
		return;
	}

	for (let start = 0; start < items.length; start += slice) {
		const values: unknown[] = [];
		for (let at = start; at < Math.min(items.length, start + slice); at++) {
			values.push(toValue(items[at]!));
		}

		// The slice as an array, without its brackets: its items indented one level as the whole
		// array's are, in one call (an indent of each item's text afterwards was a third of it).
		const inner = JSON.stringify(values, null, 2).slice(2, -2);
		const end = start + slice >= items.length ? '\n]\n' : ',\n';
		write(`${start === 0 ? '[\n' : ''}${escaped(inner)}${end}`);
	}
}
