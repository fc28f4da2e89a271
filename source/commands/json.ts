/**
JSON for stdout. JSON.stringify escapes only U+0000-U+001F, so a C1 control from a file or folder
name (U+009B is an 8-bit CSI: `\u009B2J` clears the screen in terminals that honour C1) would
reach the terminal raw. Escaping it keeps the value exact for scripts and harmless on screen.
*/
const unsafe = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function toJson(value: unknown): string {
	return JSON.stringify(value, null, 2).replace(unsafe, character => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
