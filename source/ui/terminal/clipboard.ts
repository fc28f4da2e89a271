/**
Copying to the clipboard with OSC 52, which terminals (and tmux with set-clipboard on) turn into a
clipboard write, over ssh too. The text is the reader's own (a path, a URL) but comes from the
archive: it is cleaned to one printable line, then base64 keeps every byte out of the escape.
*/
import {sanitizeLine} from '../../text/sanitize.js';

/** The escape sequence that puts `text` on the clipboard. */
export function osc52(text: string): string {
	return `\u001B]52;c;${Buffer.from(sanitizeLine(text), 'utf8').toString('base64')}\u0007`;
}
