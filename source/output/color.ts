export type ColorMode = 'auto' | 'always' | 'never';

export const colorModes: readonly ColorMode[] = ['auto', 'always', 'never'];

/** How many colours styling may use: 0 none, 1 the 16 ANSI colours, 2 256 colours, 3 true colour. */
export type ColorLevel = 0 | 1 | 2 | 3;

interface Stream {
	readonly isTTY?: boolean;
}

/**
The colour level of our output, decided once per run from our own rules, never from CI
variables (chalk's own detection reads any `CI` as a machine without colour, and the reader sets
`CI` for ink). An explicit `--color` wins; in `auto`, FORCE_COLOR and NO_COLOR speak before the
terminal check, as bat, ls and the no-color.org convention expect.
*/
export function colorLevel(mode: ColorMode, stream: Stream, env: NodeJS.ProcessEnv = process.env): ColorLevel {
	if (mode === 'never') {
		return 0;
	}

	const depth = terminalDepth(env);
	if (mode === 'always') {
		return forcedLevel(env) || depth || 1;
	}

	const force = env['FORCE_COLOR'];
	if (force !== undefined && force !== '') {
		return forcedLevel(env);
	}

	if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') {
		return 0;
	}

	return stream.isTTY === true ? depth : 0;
}

/** Whether our output carries styling at all. */
export function wantsColor(mode: ColorMode, stream: Stream, env: NodeJS.ProcessEnv = process.env): boolean {
	return colorLevel(mode, stream, env) > 0;
}

/**
Whether the terminal named by TERM can move a cursor: a dumb one, or one that names no type
(TERM unset: service managers, some cron and container ttys), cannot host a full-screen reader.
*/
export function canDrawScreen(env: NodeJS.ProcessEnv = process.env): boolean {
	const term = env['TERM'];
	return term !== undefined && term !== '' && term !== 'dumb';
}

/** FORCE_COLOR as chalk and Node read it: `0`/`false` none, `1`-`3` that level, anything else 1. */
function forcedLevel(env: NodeJS.ProcessEnv): ColorLevel {
	const force = env['FORCE_COLOR'];
	if (force === undefined || force === '') {
		return 0;
	}

	if (force === '0' || force === 'false') {
		return 0;
	}

	const number = Number(force);
	return number === 2 || number === 3 ? number : 1;
}

/** The colours the terminal type offers; 0 where it draws no styling at all. */
function terminalDepth(env: NodeJS.ProcessEnv): ColorLevel {
	if (!canDrawScreen(env)) {
		return 0;
	}

	const colorTerm = env['COLORTERM'];
	if (colorTerm === 'truecolor' || colorTerm === '24bit') {
		return 3;
	}

	return /-256(?:colou?r)?$/i.test(env['TERM'] ?? '') ? 2 : 1;
}
