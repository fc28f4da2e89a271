/**
The one gate between archive text and the terminal. Everything read from a post (titles, tags,
bodies, link targets, code, file names) passes through here, so that only blog-reader's own
styling ever emits an escape sequence.
*/

// Whole sequences are removed, not just their ESC, so `ESC]0;title BEL` leaves no `]0;title` litter.
// Order matters: string sequences (OSC, DCS, SOS, PM, APC) run to their terminator or the end.
const sequences = new RegExp(
	[
		String.raw`\u001B[\]PX^_][\s\S]*?(?:\u0007|\u001B\\|\u009C|$)`, // OSC, DCS, SOS, PM, APC (7-bit)
		String.raw`[\u0090\u0098\u009D\u009E\u009F][\s\S]*?(?:\u0007|\u001B\\|\u009C|$)`, // the same, 8-bit
		String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?`, // CSI
		String.raw`\u001B[\u0020-\u002F]*[\u0030-\u007E]?`, // two- and three-byte escapes, a lone ESC
	].join('|'),
	'g',
);

// C0 controls but tab and newline, DEL, C1 controls, and the bidi overrides that can make text
// display as something other than what it is.
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

// Every sequence above starts with ESC or a C1 control, and every other change is to a character
// of `controls`, CR, LF or tab: text with none of these comes through unchanged. One test of it
// spares most titles, tags and slugs the four replacements (a list of 10k posts sanitizes 40k).
const anyToChange = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Multi-line text (bodies): keeps `\n` and `\t`, turns CRLF and lone CR into `\n`. */
export function sanitizeText(text: string): string {
	if (!anyToChange.test(text)) {
		return text;
	}

	let clean = text.replaceAll('\r\n', '\n');
	clean = clean.replace(sequences, '');
	clean = clean.replace(/\r/g, '\n');
	return clean.replace(controls, '');
}

/** One-line text (titles, tags, paths, messages): any line break or tab becomes a space. */
export function sanitizeLine(text: string): string {
	if (!anyToChange.test(text)) {
		return text;
	}

	return sanitizeText(text).replace(/[\n\t]+/g, ' ');
}

/** True when text holds nothing the gate would remove (for assertions and fast paths). */
export function isClean(text: string): boolean {
	sequences.lastIndex = 0;
	controls.lastIndex = 0;
	return !sequences.test(text) && !controls.test(text.replaceAll('\r\n', '\n').replace(/\r/g, ''));
}
