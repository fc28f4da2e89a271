/**
A stdout for ink that keeps its incremental renderer in step with the screen.

Measured here with ink 6.8: a frame shorter than the terminal goes out with a trailing newline,
which leaves the cursor on the row below the frame, yet the next incremental frame moves up only
`lines - 1` rows before rewriting. So every later frame is drawn one row low, the trailing
newline scrolls the screen, and the lines ink skips as unchanged show the text of their
neighbour (blank rows of the list kept lines of the post that was open). Moving the cursor back
onto the frame's last row after each frame puts it where ink's arithmetic expects it; ink's
erase paths then overshoot upward and stop at the top of the alternate screen, which is harmless.

A frame write ends with the newline after its last line, or, when that line did not change, with
the "next line" move that steps over it; both leave the cursor below the frame.
*/
import {streamWith} from '../../output/stream-with.js';

const cursorUp = '\u001B[1A';
const nextLine = '\u001B[E';

function endsFrame(chunk: unknown): chunk is string {
	return typeof chunk === 'string' && (chunk.endsWith('\n') || chunk.endsWith(nextLine));
}

/** `onFrame` is called after each frame is written (a hand-off waits for its blank frame). */
export function frameStream(stdout: NodeJS.WriteStream, onFrame?: () => void): NodeJS.WriteStream {
	const write = (chunk: unknown, ...rest: unknown[]): boolean => {
		const ends = endsFrame(chunk);
		const text = ends ? chunk + cursorUp : chunk;
		const written = (stdout.write as (...arguments_: unknown[]) => boolean)(text, ...rest);
		if (ends) {
			onFrame?.();
		}

		return written;
	};

	return streamWith(stdout, {write});
}
