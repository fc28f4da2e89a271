import type {ReactNode} from 'react';
import {Box, Text} from 'ink';
import {fitText} from '../../text/fit.js';
import {listTopFor} from '../navigation.js';
import {useTheme} from '../theme.js';

export interface PickerScreenProps {
	/** The first line: what is listed (`Outline of …`). */
	readonly title: string;
	/** One row each, already plain text (sanitized by the caller). */
	readonly rows: readonly string[];
	readonly selected: number;
	readonly width: number;
	readonly height: number;
	/** The last line: a filter being typed, or the key hints. */
	readonly footer: ReactNode;
	/** Shown in place of the rows when there are none. */
	readonly empty: string;
}

/** A list over the reader to pick one thing from: the outline's headings, the post's links. */
export function PickerScreen({title, rows, selected, width, height, footer, empty}: PickerScreenProps) {
	const theme = useTheme();
	const rowsHeight = Math.max(1, height - 2);
	const top = listTopFor(Math.max(0, selected - rowsHeight + 1), selected, rowsHeight, rows.length);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text {...theme.header} wrap="truncate">{fitText(title, width)}</Text>
			<Box flexDirection="column" height={rowsHeight} overflow="hidden">
				{rows.length === 0 ? <Text {...theme.note}>{fitText(empty, width)}</Text> : rows.slice(top, top + rowsHeight).map((row, index) => (
					<Text key={top + index} {...(top + index === selected ? theme.selected : undefined)} wrap="truncate">
						{fitText(`${top + index === selected ? '›' : ' '} ${row}`, width)}
					</Text>
				))}
			</Box>
			{footer}
		</Box>
	);
}
