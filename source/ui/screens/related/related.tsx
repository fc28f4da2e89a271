import type {Post} from '../../../archive/post.js';
import type {Related} from '../../../search/related.js';
import {sanitizeLine} from '../../../text/sanitize.js';
import {StatusLine} from '../../components/status-line.js';
import {PickerScreen} from '../../components/picker.js';

export interface RelatedScreenProps {
	readonly post: Post;
	readonly related: readonly Related[];
	readonly selected: number;
	readonly width: number;
	readonly height: number;
	readonly hints: readonly string[];
	readonly notice: string;
}

/** One row: the date, the title, and what the two posts share (tags by name, words by count). */
export function relatedRow({post, tags, words}: Related): string {
	const shared = [...(tags.length > 0 ? [`#${tags.map(tag => sanitizeLine(tag)).join(' #')}`] : []), ...(words > 0 ? [`${words} shared ${words === 1 ? 'word' : 'words'}`] : [])];
	return `${post.date ?? '          '}  ${sanitizeLine(post.title)}  · ${shared.join(' · ')}`;
}

/** The related posts (`R`) over the reader, in the picker the outline and the links use. */
export function RelatedScreen({post, related, selected, width, height, hints, notice}: RelatedScreenProps) {
	return (
		<PickerScreen
			title={`Related to · ${sanitizeLine(post.title)}`}
			rows={related.map(item => relatedRow(item))}
			selected={Math.min(selected, Math.max(0, related.length - 1))}
			width={width}
			height={height}
			empty="no related posts: none shares a tag or a telling word with this one"
			footer={<StatusLine hints={hints} notice={notice} width={width} />}
		/>
	);
}
