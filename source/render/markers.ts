/**
Markers say where a structural thing (a heading, a link, a footnote, a block) ends up once the
text is wrapped. The renderer writes one as a zero-width APC string (`ESC _ … ESC \`) beside the
thing; the wrapper records the line it falls on and drops it. Archive text can hold no escape
(the sanitize gate runs before parsing), and the nonce makes a marker impossible to forge even
if a library decoded one out of the text.
*/

// Math.random, not node:crypto (~4 ms to load, and the reader's start imports this module): the
// text was written before this process drew its nonce and never sees it, so it can only guess
// 32 bits, however predictable the generator is to someone watching its outputs.
const nonce = Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0');
const head = `\u001B_br${nonce};`;
const tail = '\u001B\\';

/** The marker for `id` (letters, digits, `:` and `-` only). */
export function marker(id: string): string {
	return head + id + tail;
}

/** On a line that must never be hard-wrapped in a pipe (a `[n]: url` line). */
export const keepWhole = marker('keep');

/** Every APC string, ours or not: the pattern the wrapper splits on. */
export const apcPattern = String.raw`\u001B_[^\u001B]*\u001B\\`;

/** The id of one of our markers, or undefined for any other sequence. */
export function markerId(sequence: string): string | undefined {
	return sequence.startsWith(head) && sequence.endsWith(tail) ? sequence.slice(head.length, -tail.length) : undefined;
}

const ours = new RegExp(String.raw`\u001B_br` + nonce + String.raw`;[^\u001B]*\u001B\\`, 'g');

/** Removes our markers (text that leaves the renderer without being wrapped into a document). */
export function withoutMarkers(text: string): string {
	return text.includes('\u001B_') ? text.replace(ours, '') : text;
}
