import type {Post} from '../../../archive/post.js';
import type {Link} from '../../../render/structure.js';
import {sanitizeLine} from '../../../text/sanitize.js';
import {PickerScreen} from '../../components/picker.js';
import {StatusLine} from '../../components/status-line.js';

export interface LinksScreenProps {
	readonly post: Post;
	readonly links: readonly Link[];
	/** The title of an archive post a link leads to, by slug. */
	readonly titleOf: (slug: string) => string | undefined;
	readonly selected: number;
	readonly width: number;
	readonly height: number;
	readonly hints: readonly string[];
	readonly notice: string;
}

/** The links list (`L`): numbered as in the text; a link to a post of the archive shows its title. */
export function LinksScreen({post, links, titleOf, selected, width, height, hints, notice}: LinksScreenProps) {
	return (
		<PickerScreen
			title={`Links · ${sanitizeLine(post.title)}`}
			rows={links.map(link => linkRow(link, link.post === undefined ? undefined : titleOf(link.post)))}
			selected={selected}
			width={width}
			height={height}
			empty="no links"
			footer={<StatusLine hints={[...hints, 'a number picks its link']} notice={notice} width={width} />}
		/>
	);
}

function linkRow(link: {readonly number: number; readonly text: string; readonly target: string; readonly anchor?: string}, postTitle: string | undefined): string {
	const where = postTitle === undefined ? sanitizeLine(link.target) : `→ ${sanitizeLine(postTitle)}`;
	const text = sanitizeLine(link.text);
	return `[${link.number > 0 ? link.number : '#'}] ${text === '' || text === link.target ? '' : `${text}  `}${where}`;
}
