import {memo, type ReactNode} from 'react';
import {Text} from 'ink';
import {sanitizeLine} from '../../text/sanitize.js';
import {columnsOf, fitText} from '../../text/fit.js';
import {useTheme} from '../theme.js';

export interface StatusLineProps {
	/** The keys worth knowing on this screen. */
	readonly hints: readonly string[];
	/** The answer to the last key (`copied path: …`), said instead of the hints until the next key. */
	readonly notice?: string;
	/** Where the screen stands (`newest · 12/751`), at the right end. */
	readonly where?: string;
	readonly width: number;
	/** Drawn just before `where` in `besideColumns` columns (the list's filter chips). */
	readonly beside?: ReactNode;
	readonly besideColumns?: number;
}

/**
The last line of every screen that lists or scrolls (list, pickers, help, related posts): the
last key's answer or the key hints on the left, the position on the right, in the theme's hint
style. The reader's bar, which carries the post's title, and the lines being typed are their own.
*/
export const StatusLine = memo(function StatusLine({hints, notice = '', where = '', width, beside, besideColumns = 0}: StatusLineProps) {
	const theme = useTheme();
	const left = fitText(notice === '' ? hints.join(' · ') : sanitizeLine(notice), Math.max(1, width - columnsOf(where) - besideColumns));
	if (where === '' && beside === undefined) {
		return <Text {...theme.hints} wrap="truncate">{left}</Text>;
	}

	return (
		<Text wrap="truncate">
			<Text {...theme.hints}>{left}{' '.repeat(Math.max(0, width - columnsOf(left) - besideColumns - columnsOf(where)))}</Text>
			{beside}
			<Text {...theme.hints}>{where}</Text>
		</Text>
	);
});
