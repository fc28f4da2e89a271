import {canDrawScreen} from './color.js';

/**
One line on a terminal saying how far a long step has got, rewritten in place. Nothing at all
when the stream is not a terminal (a pipe, a log file), when what is written there is to be plain
(`styled` false: NO_COLOR, `--color=never`: rewriting a line takes a control character and an
escape), on a terminal that cannot erase a line (`canDrawScreen`: no TERM, TERM=dumb, even with
`--color=always`), and for a step that ends within `delayMs`, so a quick start never flashes it.
*/
export interface ProgressLine {
	/** Says `text` (made only when it is written), at most once every `everyMs`. */
	show(text: () => string): void;
	/** Takes the line away: what is written next starts at the left of an empty line. */
	clear(): void;
}

export interface ProgressStream {
	readonly isTTY?: boolean;
	readonly columns?: number;
	write(text: string): unknown;
}

export interface ProgressOptions {
	/** Whether the stream's output may be styled (see `wantsColor`). */
	readonly styled: boolean;
	readonly env?: NodeJS.ProcessEnv;
	readonly delayMs?: number;
	readonly everyMs?: number;
	/** For tests: the clock, in milliseconds. */
	readonly now?: () => number;
}

export function progressLine(stream: ProgressStream, options: ProgressOptions): ProgressLine {
	const {styled, env = process.env, delayMs = 300, everyMs = 100, now = () => performance.now()} = options;
	const able = styled && stream.isTTY === true && canDrawScreen(env);
	const started = now();
	let writtenAt = Number.NEGATIVE_INFINITY;
	let shown = false;
	return {
		show(text) {
			const at = now();
			if (!able || at - started < delayMs || at - writtenAt < everyMs) {
				return;
			}

			writtenAt = at;
			shown = true;
			// Cut to the width: a line that wrapped could not be rewritten from its start.
			const width = Math.max(1, (stream.columns ?? 80) - 1);
			stream.write(`\r\u001B[2K${text().slice(0, width)}`);
		},
		clear() {
			if (shown) {
				shown = false;
				stream.write('\r\u001B[2K');
			}
		},
	};
}
