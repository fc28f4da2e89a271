import {Box, Text} from 'ink';
import {helpSections, type Keymap, type Screen} from '../../keys/keymap.js';
import {fitText, padText} from '../../../text/fit.js';
import {StatusLine} from '../../components/status-line.js';
import {useTheme} from '../../theme.js';

export interface HelpLine {
	readonly text: string;
	readonly isHeading: boolean;
	/** How many UTF-16 units at the start of `text` are the keys column, drawn in the keys style. */
	readonly keysLength?: number;
}

/**
The help text, one entry a line, generated from the keymap the input handling uses; the keys of
`first` (the screen it was opened from) come first.
*/
export function helpLines(keymap: Keymap, width: number, first: Screen = 'list'): HelpLine[] {
	const lines: HelpLine[] = [];
	const keyColumns = width >= 60 ? 26 : 16;
	for (const section of helpSections(keymap, first)) {
		if (section.rows.length === 0) {
			continue;
		}

		if (lines.length > 0) {
			lines.push({text: '', isHeading: false});
		}

		lines.push({text: section.title, isHeading: true});
		for (const row of section.rows) {
			const keys = `  ${padText(row.keys, keyColumns)}`;
			lines.push({text: fitText(`${keys} ${row.description}`, width), isHeading: false, keysLength: keys.length});
		}
	}

	return lines;
}

export interface HelpScreenProps {
	readonly lines: readonly HelpLine[];
	readonly top: number;
	readonly width: number;
	readonly height: number;
	readonly hints: readonly string[];
	/** The first line; the same screen shows a command's output. */
	readonly title?: string;
	/** Said instead of the hints (how a command ended). */
	readonly notice?: string;
}

export function HelpScreen({lines, top, width, height, hints, title = 'Keys', notice}: HelpScreenProps) {
	const pageHeight = Math.max(1, height - 2);
	const last = Math.min(lines.length, top + pageHeight);
	const where = lines.length > pageHeight ? ` ${top + 1}-${last}/${lines.length}` : '';
	const theme = useTheme();
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text {...theme.header} wrap="truncate">{fitText(title, width)}</Text>
			<Box flexDirection="column" height={pageHeight} overflow="hidden">
				{lines.slice(top, top + pageHeight).map((line, index) => (
					<Text key={top + index} {...(line.isHeading ? theme.heading : undefined)} wrap="truncate">
						{line.text === '' ? ' ' : line.keysLength === undefined ? line.text : (
							<>
								<Text {...theme.keys}>{line.text.slice(0, line.keysLength)}</Text>
								{line.text.slice(line.keysLength)}
							</>
						)}
					</Text>
				))}
			</Box>
			<StatusLine hints={hints} notice={notice} where={where} width={width} />
		</Box>
	);
}
