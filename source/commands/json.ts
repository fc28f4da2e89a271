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
	const json = JSON.stringify(value, null, 2).replace(unsafe, character => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`);
	// Well-formed pairs stay as they are (raw characters); only lone halves are escaped this way.
	return json.includes('\\ud') ? json.replace(loneSurrogate, '$1\uFFFD') : json;
}
