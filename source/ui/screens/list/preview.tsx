import {Box, Text} from 'ink';
import type {Post} from '../../../archive/post.js';
import {sanitizeLine} from '../../../text/sanitize.js';
import {fitText} from '../../../text/fit.js';
import {useTheme} from '../../theme.js';

export interface PreviewPaneProps {
	/** The selected post, or none (an empty list). */
	readonly post: Post | undefined;
	/** Its rendered lines at the pane's width; undefined while they are coming. */
	readonly lines: readonly string[] | undefined;
	/** Columns, the separator included. */
	readonly width: number;
	readonly height: number;
}

/** The minimum terminal width for the list's preview pane: beside a list, a column of prose. */
export const previewColumns = 120;

/** How the list's width is shared: the list keeps half, the pane (and its separator) the rest. */
export function previewSplit(width: number): {readonly list: number; readonly pane: number} {
	const list = Math.floor(width / 2);
	return {list, pane: width - list};
}

/** The selected post beside the list (`p`): its first lines as the reader draws them. */
export function PreviewPane({post, lines, width, height}: PreviewPaneProps) {
	const theme = useTheme();
	const textWidth = Math.max(1, width - 2);
	let body: string;
	if (post === undefined) {
		body = '';
	} else if (lines === undefined) {
		body = fitText(sanitizeLine(post.title), textWidth);
	} else {
		// The render already wrapped them to the pane's width.
		body = lines.slice(0, height).join('\n');
	}

	return (
		<Box width={width} height={height} flexDirection="row">
			<Box width={2} height={height} flexDirection="column">
				<Text {...theme.note}>{Array.from({length: height}, () => '│').join('\n')}</Text>
			</Box>
			<Box width={textWidth} height={height} overflow="hidden" flexDirection="column">
				<Text>{body}</Text>
				{lines === undefined && post !== undefined ? <Text {...theme.note}>rendering…</Text> : null}
			</Box>
		</Box>
	);
}
