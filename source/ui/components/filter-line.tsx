import {Text} from 'ink';
import {sanitizeLine} from '../../text/sanitize.js';
import {columnsOf, fitText} from '../../text/fit.js';
import {useTheme} from '../theme.js';

/** A filter being typed at the bottom of a picker: the text, a cursor, and a note. */
export function FilterLine({text, width, note}: {readonly text: string; readonly width: number; readonly note: string}) {
	const theme = useTheme();
	const typed = fitText(`filter: ${sanitizeLine(text)}`, Math.max(1, width - 2));
	return (
		<Text wrap="truncate">
			<Text {...theme.prompt}>{typed}</Text>
			<Text {...theme.cursor}> </Text>
			<Text {...theme.count}>{fitText(` ${note}`, Math.max(1, width - columnsOf(typed) - 1))}</Text>
		</Text>
	);
}
