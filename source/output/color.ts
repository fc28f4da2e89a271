export type ColorMode = 'auto' | 'always' | 'never';

export const colorModes: readonly ColorMode[] = ['auto', 'always', 'never'];

interface Stream {
	readonly isTTY?: boolean;
}

/**
Whether our output carries styling. An explicit `--color` wins; in `auto`, FORCE_COLOR and
NO_COLOR speak before the terminal check, as bat, ls and the no-color.org convention expect.
*/
export function wantsColor(mode: ColorMode, stream: Stream, env: NodeJS.ProcessEnv = process.env): boolean {
	if (mode !== 'auto') {
		return mode === 'always';
	}

	const force = env['FORCE_COLOR'];
	if (force !== undefined && force !== '') {
		return force !== '0' && force !== 'false';
	}

	if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') {
		return false;
	}

	// A terminal that names no type (TERM unset: service managers, some cron and container ttys)
	// gets no styling, as a dumb one does.
	const term = env['TERM'];
	if (term === undefined || term === '' || term === 'dumb') {
		return false;
	}

	return stream.isTTY === true;
}
