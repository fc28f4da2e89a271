/**
Mouse reports in SGR form (mode 1006), which ink's input parsing does not know: `ESC [ < b ; x ; y M`
for a press (or wheel notch), `m` for a release. They are taken out of stdin before ink reads
it (`mouseFilteredStdin`), so no part of one ever reaches a text line as typed characters.
*/
import {streamWith} from '../../output/stream-with.js';

export type MouseEvent =
	| {readonly type: 'wheel'; readonly lines: number; readonly column: number; readonly row: number}
	/** A press of the left button; `row` and `column` count from 0 at the top left. */
	| {readonly type: 'click'; readonly column: number; readonly row: number};

 
const report = /\u001B\[<(\d{1,4});(\d{1,5});(\d{1,5})([Mm])/g;
// The start of a report a read may have cut in two: held back until the rest arrives.
 
const cutReport = /\u001B\[<[\d;]*$/;

/** Lines one wheel notch scrolls. */
export const wheelLines = 3;

function eventOf(button: number, column: number, row: number, press: boolean): MouseEvent | undefined {
	// Bits 2-4 are Shift, Alt and Ctrl; 32 is motion (with mode 1002), 64 the wheel.
	const motion = (button & 32) !== 0;
	const base = button & ~(4 | 8 | 16 | 32);
	if (base === 64 || base === 65) {
		return press && !motion ? {type: 'wheel', lines: base === 64 ? -wheelLines : wheelLines, column: column - 1, row: row - 1} : undefined;
	}

	return base === 0 && press && !motion ? {type: 'click', column: column - 1, row: row - 1} : undefined;
}

export interface Parsed {
	/** The input without any mouse report. */
	readonly text: string;
	readonly events: readonly MouseEvent[];
	/** The unfinished start of a report at the very end, to put before the next chunk. */
	readonly rest: string;
}

/** Splits a chunk of terminal input into keys (as text) and mouse events. */
export function parseMouse(chunk: string): Parsed {
	const events: MouseEvent[] = [];
	let text = chunk.replace(report, (_whole, button: string, column: string, row: string, kind: string) => {
		const event = eventOf(Number(button), Number(column), Number(row), kind === 'M');
		if (event) {
			events.push(event);
		}

		return '';
	});
	const cut = cutReport.exec(text);
	let rest = '';
	if (cut) {
		rest = cut[0];
		text = text.slice(0, cut.index);
	}

	return {text, events, rest};
}

/**
A stdin for ink that hands mouse reports to `onMouse` and the rest to ink, as it was. ink reads
with `stdin.read()` on 'readable'; everything else passes through to the real stream. `onInput`
hears of every chunk read, mouse reports and all.
*/
export function mouseFilteredStdin(stdin: NodeJS.ReadStream, onMouse: (event: MouseEvent) => void, onInput?: () => void): NodeJS.ReadStream {
	let held = '';
	const read = (...arguments_: unknown[]): unknown => {
		for (;;) {
			const chunk: unknown = (stdin.read as (...a: unknown[]) => unknown)(...arguments_);
			if (chunk === null) {
				return null;
			}

			onInput?.();
			const parsed = parseMouse(held + (typeof chunk === 'string' ? chunk : String(chunk)));
			held = parsed.rest;
			for (const event of parsed.events) {
				onMouse(event);
			}

			// A chunk that was only mouse reports is nothing to ink; read on, as ink would.
			if (parsed.text !== '') {
				return parsed.text;
			}
		}
	};

	return streamWith(stdin, {read});
}
