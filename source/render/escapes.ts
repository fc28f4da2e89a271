/**
The last gate before the terminal. Archive text is sanitized before parsing, but the renderer's
libraries (entity decoding, HTML conversion, highlighting) could still produce control
characters; this keeps only the two escape forms blog-reader itself writes: SGR styling and
OSC 8 hyperlinks.
*/

import {apcPattern, markerId} from './markers.js';

const ESC = '\u001B';

/** OSC 8 with either terminator; the URL part never holds ESC or BEL once links.ts cleaned it. */
const osc8 = String.raw`\u001B\]8;;[^\u0007\u001B]*(?:\u0007|\u001B\\)`;
const sgr = String.raw`\u001B\[[0-9;]*m`;
const styles = new RegExp(`${osc8}|${sgr}|${apcPattern}`, 'g');
const apcOnly = new RegExp(apcPattern, 'g');

/** Anything that starts an escape or control sequence, or is a control character itself. */
const anyEscape = /\u001B(?:\[[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|[\]PX^_][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[\u0020-\u002F]*[\u0030-\u007E]?)/g;
const controlClass = String.raw`[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]`;
const controls = new RegExp(controlClass, 'g');
const hasControl = new RegExp(controlClass);

/** Removes every escape sequence and control character (but newline and tab). */
export function stripEscapes(text: string): string {
	return text.replace(anyEscape, '').replace(controls, '');
}

/**
Keeps our structure markers and, with `styled`, SGR and OSC 8 sequences; removes every other
escape sequence and control character (an APC string that is not one of our markers too).
*/
export function keepOwnEscapes(text: string, styled = true): string {
	if (!text.includes(ESC) && !hasControl.test(text)) {
		return text;
	}

	const parts: string[] = [];
	let last = 0;
	for (const match of text.matchAll(styled ? styles : apcOnly)) {
		const kept = match[0].startsWith(`${ESC}_`) ? (markerId(match[0]) === undefined ? '' : match[0]) : match[0];
		parts.push(stripEscapes(text.slice(last, match.index)), kept);
		last = match.index + match[0].length;
	}

	parts.push(stripEscapes(text.slice(last)));
	return parts.join('');
}
