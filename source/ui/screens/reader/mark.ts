/**
Marks character ranges of a styled line (find hits), counting only visible characters, so the
ranges found in the document's plain text land on the same characters of the styled line.
*/

const escape = /\u001B\[[\d;]*m|\u001B\]8;;[^\u0007\u001B]*(?:\u0007|\u001B\\)/y;

export interface Range {
	readonly start: number;
	readonly end: number;
}

export function markRanges(line: string, ranges: readonly Range[], open: string, close: string): string {
	if (ranges.length === 0) {
		return line;
	}

	let out = '';
	let visible = 0;
	let index = 0;
	let marking = false;
	let active = '';
	const sorted = [...ranges].sort((a, b) => a.start - b.start);
	let next = 0;
	while (index < line.length) {
		escape.lastIndex = index;
		const match = escape.exec(line);
		if (match) {
			out += match[0];
			// The line's own styling so far, put back where a mark closes (its close resets more than the mark).
			if (match[0].startsWith('\u001B[')) {
				active = /^\u001B\[0?m$/.test(match[0]) ? '' : active + match[0];
			}

			// Our styling may reset inverse (SGR 0 or 27) inside a hit: put the mark back.
			if (marking && /\u001B\[(?:0|27)?m/.test(match[0])) {
				out += open;
			}

			index += match[0].length;
			continue;
		}

		while (next < sorted.length && sorted[next]!.end <= visible) {
			next++;
		}

		const range = sorted[next];
		const inside = range !== undefined && visible >= range.start && visible < range.end;
		if (inside && !marking) {
			out += open;
			marking = true;
		} else if (!inside && marking) {
			out += close + active;
			marking = false;
		}

		const code = line.codePointAt(index)!;
		const character = String.fromCodePoint(code);
		out += character;
		index += character.length;
		visible += character.length;
	}

	return marking ? out + close : out;
}
