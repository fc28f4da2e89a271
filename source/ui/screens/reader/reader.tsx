import {Box, Text} from 'ink';
import type {Post} from '../../../archive/post.js';
import {sanitizeLine} from '../../../text/sanitize.js';
import {titleText} from '../../../text/title-markup.js';
import {headFor} from '../../../text/width.js';
import {columnsOf, fitText} from '../../../text/fit.js';
import {useTheme} from '../../theme.js';

export interface ReaderScreenProps {
	readonly post: Post;
	/** Undefined while the post renders for the first time. */
	readonly lines: readonly string[] | undefined;
	readonly error: string | undefined;
	/** Why the post is not shown whole (over its render budget), for the status line. */
	readonly notice?: string;
	readonly top: number;
	readonly width: number;
	/** Rows for the whole screen: text and the status line. */
	readonly height: number;
	readonly hints: readonly string[];
	/** The answer to the last key (what was copied, the list's end), said first in the status line. */
	readonly message?: string;
	/** The command line being typed (`|wc -w`), shown in place of the status line. */
	readonly prompt?: string;
	/** Said after the prompt's cursor (the find line's count of hits). */
	readonly promptNote?: string;
	/** Facts for the status line before the position: the section, `hit 2/7`. */
	readonly facts?: readonly string[];
	/** Draws marks on a visible line (find hits); `index` is its line in the post. */
	readonly decorate?: (line: string, index: number) => string;
}

/** `first-last/total pct%`, where the percentage is how much of the post is above the screen's last line. */
export function position(top: number, pageHeight: number, total: number): string {
	if (total === 0) {
		return '';
	}

	const last = Math.min(total, top + pageHeight);
	const percent = Math.floor((last / total) * 100);
	return `${top + 1}-${last}/${total} ${percent}%`;
}

export function ReaderScreen({post, lines, error, notice, top, width, height, hints, message = '', prompt, promptNote, facts = [], decorate}: ReaderScreenProps) {
	const pageHeight = Math.max(1, height - 1);
	const where = [...facts.map(fact => sanitizeLine(fact)), lines ? position(top, pageHeight, lines.length) : ''].filter(Boolean).join(' · ');
	// Measured on every frame: only the part of a huge title that can show is measured at all.
	const fullTitle = ` ${headFor(titleText(sanitizeLine(post.title)), width)} `;
	const withHints = ` ${[...(notice ? [sanitizeLine(notice)] : hints), where].filter(Boolean).join(' · ')} `;
	// The title comes first; key hints only where the whole title still fits beside them.
	// The answer to a key goes before the title, which is cut to make room.
	const answered = message === '' ? undefined : fitText(` ${[sanitizeLine(message), where].filter(Boolean).join(' · ')} `, Math.max(1, width - 2));
	const status = answered ?? (columnsOf(fullTitle) + columnsOf(withHints) <= width ? withHints : ` ${where} `);
	const title = fitText(fullTitle, Math.max(0, width - columnsOf(status)));
	let body: string;
	if (lines) {
		const shown = lines.slice(top, top + pageHeight);
		body = (decorate ? shown.map((line, index) => decorate(line, top + index)) : shown).join('\n');
	} else if (error === undefined) {
		body = 'rendering…';
	} else {
		body = fitText(`could not render this post: ${error}`, width);
	}

	const theme = useTheme();
	const line = prompt === undefined
		? undefined
		: (
			<Text wrap="truncate">
				{fitText(sanitizeLine(prompt), Math.max(1, width - 1))}
				<Text {...theme.cursor}> </Text>
				{promptNote ? <Text {...theme.count}>{` ${fitText(sanitizeLine(promptNote), Math.max(1, width - columnsOf(prompt) - 3))}`}</Text> : null}
			</Text>
		);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Box height={pageHeight} overflow="hidden">
				<Text>{body}</Text>
			</Box>
			{line ?? <Text {...theme.bar} wrap="truncate">
				{title}
				{' '.repeat(Math.max(0, width - columnsOf(title) - columnsOf(status)))}
				{status}
			</Text>}
		</Box>
	);
}
