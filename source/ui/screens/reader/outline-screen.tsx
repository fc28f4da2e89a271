import type {Post} from '../../../archive/post.js';
import type {Heading} from '../../../render/structure.js';
import {sanitizeLine} from '../../../text/sanitize.js';
import {FilterLine} from '../../components/filter-line.js';
import {PickerScreen} from '../../components/picker.js';
import type {Outline} from '../../navigation/state.js';
import {filterHeadings} from './outline.js';

export interface OutlineScreenProps {
	readonly post: Post;
	readonly headings: readonly Heading[];
	readonly outline: Outline;
	readonly width: number;
	readonly height: number;
	readonly hints: readonly string[];
}

/** The outline (`t`): the post's headings indented by level, narrowed by the filter typed. */
export function OutlineScreen({post, headings, outline, width, height, hints}: OutlineScreenProps) {
	const shown = filterHeadings(headings, outline.filter);
	// Indented from the shallowest level shown: a post whose headings start at `###` is not pushed right.
	const least = Math.min(...shown.map(heading => heading.level));
	return (
		<PickerScreen
			title={`Outline · ${sanitizeLine(post.title)}`}
			rows={shown.map(heading => `${'  '.repeat(Math.max(0, heading.level - least))}${sanitizeLine(heading.text)}`)}
			selected={Math.min(outline.selected, Math.max(0, shown.length - 1))}
			width={width}
			height={height}
			empty="no heading matches"
			footer={<FilterLine text={outline.filter} width={width} note={`${shown.length} of ${headings.length} · ${hints.join(' · ')}`} />}
		/>
	);
}
