import type {ChalkInstance} from 'chalk';
import {visibleWidth, wrapLines} from './wrap.js';

/**
A code block set off from the prose: a top line naming the language, a gutter on every line and
a closing line. A line too long for the width goes on under `↪`, so a wrapped line is never read
as a new one. Drawn the same in a pipe (box characters are text), only without colour.
*/

export interface CodeFrame {
	readonly width: number;
	readonly chalk: ChalkInstance;
	/** Markers for the block's first and last line (collector.codeBlock). */
	readonly start: string;
	readonly end: string;
}

const continuation = '↪ ';

/** Below this a frame leaves too little room for the code: the lines are shown bare. */
const narrowest = 12;

export function frameCode(code: string, language: string, frame: CodeFrame): string {
	const {chalk, width} = frame;
	if (width < narrowest) {
		return `${frame.start}${code.replace(/\n+$/, '')}\n${frame.end}\n\n`;
	}

	const gutter = chalk.dim('│ ');
	// The gutter takes two columns and a continuation two more; very narrow screens still get one.
	const room = Math.max(1, width - 2);
	const lines: string[] = [];
	for (const line of code.replace(/\n+$/, '').split('\n')) {
		if (visibleWidth(line) <= room) {
			lines.push(gutter + line);
			continue;
		}

		const [first = '', ...rest] = wrapLines(line, Math.max(1, room - visibleWidth(continuation))).split('\n');
		lines.push(gutter + first, ...rest.map(piece => gutter + chalk.dim(continuation) + piece.trimStart()));
	}

	const label = language ? `┌─ ${language} ` : '┌─';
	const top = chalk.dim(label + '─'.repeat(Math.max(0, Math.min(width, 40) - label.length)));
	const bottom = chalk.dim('└' + '─'.repeat(Math.max(0, Math.min(width, 40) - 1)));
	return `${frame.start}${top}\n${lines.join('\n')}\n${frame.end}${bottom}\n\n`;
}
