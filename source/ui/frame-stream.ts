/**
A stdout for ink that keeps its incremental renderer in step with the screen.

Measured here with ink 6.8: a frame shorter than the terminal goes out with a trailing newline,
which leaves the cursor on the row below the frame, yet the next incremental frame moves up only
`lines - 1` rows before rewriting. So every later frame is drawn one row low, the trailing
newline scrolls the screen, and the lines ink skips as unchanged show the text of their
neighbour (blank rows of the list kept lines of the post that was open). Moving the cursor back
onto the frame's last row after each frame puts it where ink's arithmetic expects it; ink's
erase paths then overshoot upward and stop at the top of the alternate screen, which is harmless.
*/
const cursorUp = '\u001B[1A';

export function frameStream(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
	const write = (chunk: unknown, ...rest: unknown[]): boolean => {
		const text = typeof chunk === 'string' && chunk.endsWith('\n') ? chunk + cursorUp : chunk;
		return (stdout.write as (...arguments_: unknown[]) => boolean)(text, ...rest);
	};

	return new Proxy(stdout, {
		get(target, property) {
			if (property === 'write') {
				return write;
			}

			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as (...arguments_: unknown[]) => unknown).bind(target) : value;
		},
	});
}
