import type {ReactNode} from 'react';
import {Box, Text} from 'ink';
import {columnsOf, fitText} from '../../text/fit.js';
import {listTopFor} from '../navigation/scroll.js';
import {useTheme, type Style} from '../theme.js';

/** A piece of a row with its own style (a count, a bar), left unstyled on the selected row. */
export interface RowPart {
	readonly text: string;
	readonly style?: Style;
}

/** A row: plain text, or parts drawn each in its style. */
export type PickerRow = string | readonly RowPart[];

export interface PickerScreenProps {
	/** The first line: what is listed (`Outline of …`). */
	readonly title: string;
	/** One row each, already plain text (sanitized by the caller). */
	readonly rows: readonly PickerRow[];
	readonly selected: number;
	readonly width: number;
	readonly height: number;
	/** The last line: a filter being typed, or the key hints. */
	readonly footer: ReactNode;
	/** Shown in place of the rows when there are none. */
	readonly empty: string;
}

/** The parts cut to `width` columns, the last one shown ending in an ellipsis when cut. */
function fitParts(parts: readonly RowPart[], width: number): RowPart[] {
	const fitted: RowPart[] = [];
	let left = width;
	for (const part of parts) {
		if (left <= 0) {
			break;
		}

		const text = fitText(part.text, left);
		fitted.push({...part, text});
		left -= columnsOf(text);
	}

	return fitted;
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
				{rows.length === 0 ? <Text {...theme.note}>{fitText(empty, width)}</Text> : rows.slice(top, top + rowsHeight).map((row, index) => {
					const isSelected = top + index === selected;
					const marker = isSelected ? '›' : ' ';
					if (typeof row === 'string') {
						return (
							<Text key={top + index} {...(isSelected ? theme.selected : undefined)} wrap="truncate">
								{fitText(`${marker} ${row}`, width)}
							</Text>
						);
					}

					const parts = fitParts([{text: `${marker} `}, ...row], width);
					const used = parts.reduce((sum, part) => sum + columnsOf(part.text), 0);
					return (
						<Text key={top + index} {...(isSelected ? theme.selected : undefined)} wrap="truncate">
							{parts.map((part, at) => (
								<Text key={at} {...(isSelected ? undefined : part.style)}>{part.text}</Text>
							))}
							{/* The selected bar spans the row, as the list's does. */}
							{isSelected ? ' '.repeat(Math.max(0, width - used)) : ''}
						</Text>
					);
				})}
			</Box>
			{footer}
		</Box>
	);
}
