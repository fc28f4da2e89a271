import {graphemeColumns as stringWidth, oneColumnEach} from '../text/grapheme-width.js';
import {apcPattern, keepWhole, markerId} from './markers.js';
import {ESC, type Part, type Piece, pieces, Style} from './wrap-pieces.js';

/**
Wraps styled text to a width, measuring with string-width (CJK and emoji take two columns).
Every output line is self-contained: styles and an open hyperlink are closed at the end of a
line and reopened at the start of the next, so a viewer can show any slice of lines.
Continuation lines keep the hanging indent of list bullets, quote bars and code indentation.
wrap-ansi is not used here: it only knows BEL-terminated OSC 8 and mixes up two links on a line.
Markers (markers.ts) are zero-width: `wrapLines` passes them through, so a table cell keeps the
markers of its links, and `wrapDocument` records the line each one lands on.
*/

const hangingPrefix = /^ *(?:│ *)*(?:(?:[*•◦▪‣-]|\d{1,9}[.)]) +)?(?:\[[ xX]\] +)?/;

/**
What a continuation line starts with: quote bars again, and spaces under a bullet or number;
at most half the width.
*/
function hangingIndent(visible: string, width: number): string {
	const prefix = hangingPrefix.exec(visible)?.[0] ?? '';
	const hanging = prefix.replace(/[^│ ]/g, ' ');
	const room = Math.floor(width / 2);
	return stringWidth(hanging) <= room ? hanging : ' '.repeat(room);
}

const stripPattern = new RegExp(String.raw`\u001B\[[0-9;]*m|\u001B\]8;;[^\u0007\u001B]*(?:\u0007|\u001B\\)|` + apcPattern, 'g');

/** Where wrapped lines go, and where the markers met on them are recorded. */
interface Sink {
	readonly out: string[];
	/** Called with a marker's id and the index of the line it lands on; undefined: markers pass through. */
	readonly mark?: (id: string, line: number) => void;
}

/** Wraps every line of `text` to `width` columns; expects only SGR and OSC 8 escapes in it. */
export function wrapLines(text: string, width: number): string {
	const out: string[] = [];
	wrapAll(text, width, {out}, false);
	return out.join('\n');
}

export interface WrappedDocument {
	readonly lines: string[];
	/** Marker id to the line it landed on (the first, when an id is met twice). */
	readonly marks: ReadonlyMap<string, number>;
}

/**
Wraps like `wrapLines` and consumes the markers. With `keepLong`, a line that starts with the
`keepWhole` marker stays one line however long (the terminal soft-wraps it; a URL stays whole
for a pipe); without it such a line is wrapped like any other (a screen needs lines that fit).
*/
export function wrapDocument(text: string, width: number, keepLong: boolean): WrappedDocument {
	const out: string[] = [];
	const marks = new Map<string, number>();
	const mark = (id: string, line: number) => {
		if (!marks.has(id)) {
			marks.set(id, line);
		}
	};

	wrapAll(text, width, {out, mark}, keepLong);
	return {lines: out, marks};
}

function wrapAll(text: string, width: number, sink: Sink, keepLong: boolean): void {
	const columns = Math.max(2, Math.floor(width));
	const style = new Style();
	const {out} = sink;
	for (const raw of text.split('\n')) {
		const line = raw.includes('\t') ? raw.replaceAll('\t', '    ') : raw;
		if (!style.active && !line.includes(ESC) && oneColumnEach.test(line) && line.length <= columns) {
			out.push(line);
			continue;
		}

		if (keepLong && sink.mark && line.includes(keepWhole)) {
			wrapLine(line, Number.MAX_SAFE_INTEGER, style, sink);
			continue;
		}

		wrapLine(line, columns, style, sink);
	}
}

function wrapLine(line: string, columns: number, style: Style, sink: Sink): void {
	const {out} = sink;
	const visible = line.replace(stripPattern, '');
	const hanging = hangingIndent(visible, columns);
	const indent = stringWidth(hanging);
	const maxLead = Math.floor(columns / 2);
	let current = style.open();
	let used = 0;
	let leading = true;
	let pendingSpaces = 0;
	// On the first line the prefix is the line's own text (a quote bar); later ones start with `hanging`.
	let continued = false;

	const breakLine = () => {
		out.push(current + style.close());
		current = hanging + style.open();
		used = indent;
		pendingSpaces = 0;
		continued = true;
	};

	const addPart = (part: Part) => {
		if (part.kind === 'escape') {
			const id = sink.mark ? markerId(part.sequence) : undefined;
			if (id !== undefined) {
				sink.mark!(id, out.length);
				return;
			}

			current += part.url === undefined ? part.sequence : `${ESC}]8;;${part.url}${ESC}\\`;
			style.apply(part.sequence, part.url);
			return;
		}

		// A first line holding only its quote bar is text too: a wide character after it goes below.
		if (used + part.width > columns && (used > indent || (!continued && used > 0))) {
			breakLine();
		}

		if (used + part.width > columns && used === indent && indent > 0 && current.startsWith(hanging)) {
			// A wide character that does not fit after the hanging indent goes without it.
			current = current.slice(hanging.length);
			used = 0;
		}

		current += part.text;
		used += part.width;
	};

	for (const piece of breakable(pieces(line), columns - indent)) {
		if (piece.kind === 'escape') {
			addPart(piece);
			continue;
		}

		if (piece.kind === 'space') {
			if (leading) {
				// Indentation beyond half the width is dropped: deep nesting must still leave room.
				if (used < maxLead) {
					current += ' ';
					used++;
				}
			} else {
				pendingSpaces++;
			}

			continue;
		}

		leading = false;
		if (used + pendingSpaces + piece.width <= columns) {
			current += ' '.repeat(pendingSpaces);
			used += pendingSpaces;
			pendingSpaces = 0;
			for (const part of piece.parts) {
				addPart(part);
			}

			continue;
		}

		if (used > indent && indent + piece.width <= columns) {
			breakLine();
			for (const part of piece.parts) {
				addPart(part);
			}

			continue;
		}

		// A word longer than a line is cut where the line ends.
		if (used + pendingSpaces < columns) {
			current += ' '.repeat(pendingSpaces);
			used += pendingSpaces;
		}

		pendingSpaces = 0;
		for (const part of piece.parts) {
			addPart(part);
		}
	}

	out.push(current + style.close());
}

/**
A word too wide for a line anyway is given break points: at its glue first (a link's text and
its `[n]`), then after each `-` or `/` (`githubteacher/github-for-developers-sept-2015` in a
table cell; not in an address), so it is cut where a reader expects rather than mid-word. Pieces with no space
between them are set side by side while they fit.
*/
function breakable(list: readonly Piece[], room: number): Piece[] {
	const result: Piece[] = [];
	for (const piece of list) {
		if (piece.kind !== 'word' || piece.width <= room) {
			result.push(piece);
			continue;
		}

		// An address is cut where the line ends, as before: broken at its slashes it would start
		// on the line of the text before it, and its pieces would read as words.
		const address = piece.parts.some((part, index) => part.kind === 'char' && part.text === ':' && piece.parts.slice(index + 1, index + 3).every(next => next.kind === 'char' && next.text === '/'));
		let parts: Part[] = [];
		let width = 0;
		const end = (space: boolean) => {
			result.push({kind: 'word', parts, width});
			if (space) {
				result.push({kind: 'space'});
			}

			parts = [];
			width = 0;
		};

		for (const part of piece.parts) {
			if (part.kind === 'char' && part.glue) {
				end(true);
				continue;
			}

			parts.push(part);
			if (part.kind === 'char') {
				width += part.width;
				if (!address && (part.text === '-' || part.text === '/') && width > 1) {
					end(false);
				}
			}
		}

		if (parts.length > 0) {
			end(false);
		}
	}

	return result;
}

/** Visible width of a styled line. */
export function visibleWidth(line: string): number {
	return stringWidth(line.replace(stripPattern, ''));
}
