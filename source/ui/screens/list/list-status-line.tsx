import {memo} from 'react';
import {Text} from 'ink';
import {sanitizeLine} from '../../../text/sanitize.js';
import {columnsOf, fitText} from '../../../text/fit.js';
import {StatusLine} from '../../components/status-line.js';
import {useTheme} from '../../theme.js';

interface ListStatusLineProps {
	readonly searching: boolean;
	readonly query: string;
	/** Matches of `query`, or undefined while they are coming. */
	readonly count: number | undefined;
	readonly total: number;
	readonly width: number;
	readonly hints: readonly string[];
	/** Where the selection is: `12/751`. */
	readonly position: string;
	readonly notice: string;
	/** The filters in effect, as typed (`tag:p2p`): one chip each. */
	readonly chips: readonly string[];
	/** The order of the rows (`newest`), said before the position. */
	readonly order: string;
}

/** The filters in effect, each a chip, cut to `width` columns (the last chips go first). */
function Chips({chips, width}: {readonly chips: readonly string[]; readonly width: number}) {
	const theme = useTheme();
	const shown: string[] = [];
	let used = 0;
	for (const chip of chips) {
		const text = ` ${sanitizeLine(chip)} `;
		if (used + columnsOf(text) + 1 > width) {
			break;
		}

		shown.push(text);
		used += columnsOf(text) + 1;
	}

	return shown.map((text, index) => (
		<Text key={index}>{' '}<Text {...theme.chip}>{text}</Text></Text>
	));
}

function chipsColumns(chips: readonly string[], width: number): number {
	let used = 0;
	for (const chip of chips) {
		const columns = columnsOf(` ${sanitizeLine(chip)} `) + 1;
		if (used + columns > width) {
			break;
		}

		used += columns;
	}

	return used;
}

/** The list's status line: the search being typed with its count, or the shared status line with the filter chips. */
export const ListStatusLine = memo(function ListStatusLine({searching, query, count, total, width, hints, position, notice, chips, order}: ListStatusLineProps) {
	const theme = useTheme();
	// The chips get at most half the line: the typed text and the hints keep the rest.
	const chipRoom = chipsColumns(chips, Math.floor(width / 2));
	if (searching) {
		// A count that belongs to an older query would be a wrong answer: say it is coming instead.
		const counted = ` ${count ?? '…'}/${total}`;
		const prompt = fitText(`/${sanitizeLine(query)}`, Math.max(1, width - columnsOf(counted) - chipRoom - 1));
		return (
			<Text wrap="truncate">
				<Text {...theme.prompt}>{prompt}</Text>
				<Text {...theme.cursor}> </Text>
				{' '.repeat(Math.max(0, width - columnsOf(prompt) - 1 - chipRoom - columnsOf(counted)))}
				<Chips chips={chips} width={chipRoom} />
				<Text {...theme.count}>{counted}</Text>
			</Text>
		);
	}

	const where = ` ${order === '' ? '' : `${order} · `}${position}`;
	return <StatusLine hints={hints} notice={notice} where={where} width={width} beside={<Chips chips={chips} width={chipRoom} />} besideColumns={chipRoom} />;
});
