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
	/** Line numbers (from 1) the writer marked (`js {1,3-5}`): drawn with a heavy gutter. */
	readonly marked?: ReadonlySet<number>;
}

/** Marked lines past this are not kept (`{1-99999999}` must not fill memory). */
const mostMarks = 10_000;

/**
A fence's info string read as the highlighters of blog generators read it: the language first
(`js`, also glued to the marks as in `js{1,3}`), then line marks in braces, either bare
(`{1,3-5}`, MDX and Docusaurus) or Hugo's `{hl_lines=[2,"4-6"]}`. Other words (`title="x"`) are
options for the page.
*/
export function parseFenceInfo(info: string): {readonly language: string; readonly marked: ReadonlySet<number>} {
	const language = (/^[^\s{]*/.exec(info.trim())?.[0] ?? '').toLowerCase();
	const marked = new Set<number>();
	const braces = /\{([^}]{0,400})\}/.exec(info)?.[1] ?? '';
	const list = /hl_lines\s*=\s*\[([^\]]*)\]/.exec(braces)?.[1] ?? (/^[\d\s,-]+$/.test(braces) ? braces : '');
	for (const part of list.replace(/["']/g, '').split(/[\s,]+/)) {
		const range = /^(\d{1,7})(?:-(\d{1,7}))?$/.exec(part);
		if (!range) {
			continue;
		}

		const from = Number(range[1]);
		const to = Math.min(Number(range[2] ?? range[1]), from + mostMarks);
		for (let line = from; line <= to && marked.size < mostMarks; line++) {
			marked.add(line);
		}
	}

	return {language, marked};
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
	const markedGutter = chalk.yellow.bold('┃ ');
	// The gutter takes two columns and a continuation two more; very narrow screens still get one.
	const room = Math.max(1, width - 2);
	const lines: string[] = [];
	for (const [index, line] of code.replace(/\n+$/, '').split('\n').entries()) {
		const bar = frame.marked?.has(index + 1) ? markedGutter : gutter;
		if (visibleWidth(line) <= room) {
			lines.push(bar + line);
			continue;
		}

		const [first = '', ...rest] = wrapLines(line, Math.max(1, room - visibleWidth(continuation))).split('\n');
		lines.push(bar + first, ...rest.map(piece => bar + chalk.dim(continuation) + piece.trimStart()));
	}

	const label = language ? `┌─ ${language} ` : '┌─';
	const top = chalk.dim(label + '─'.repeat(Math.max(0, Math.min(width, 40) - label.length)));
	const bottom = chalk.dim('└' + '─'.repeat(Math.max(0, Math.min(width, 40) - 1)));
	return `${frame.start}${top}\n${lines.join('\n')}\n${frame.end}${bottom}\n\n`;
}
