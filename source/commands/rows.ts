import type {Post} from '../archive/post.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {Style} from '../text/style.js';
import {columnsUpTo, fit, truncate} from '../text/width.js';

/**
One post a line, the format `list` and `search` share. Piped, it is tab-separated
`date, title, tags, slug` so `cut`, `awk` and `fzf --with-nth` can take it apart; on a terminal,
aligned columns that fit the width.
*/
export function formatRows(posts: readonly Post[], terminal: boolean, width: number, style: Style): string {
	return terminal ? alignedRows(posts, width, style) : tabbedRows(posts);
}

function tabbedRows(posts: readonly Post[]): string {
	return posts
		.map(post => [post.date ?? '', post.title, post.tags.join(', '), post.slug].map(field => sanitizeLine(field)).join('\t'))
		.join('\n');
}

function alignedRows(posts: readonly Post[], width: number, style: Style): string {
	const dateWidth = 10;
	const tagTexts = posts.map(post => sanitizeLine(post.tags.join(', ')));
	// Titles matter most: tags get what is left after a readable title, at most a third of the line.
	const most = Math.floor(width / 3);
	const widestTags = Math.max(0, ...tagTexts.map(text => columnsUpTo(text, most)));
	const tagsWidth = Math.min(widestTags, most);
	const titleWidth = Math.max(10, width - dateWidth - 2 - (tagsWidth > 0 ? tagsWidth + 2 : 0));
	return posts
		.map((post, index) => {
			const date = style.dim((post.date ?? '').padEnd(dateWidth));
			const tags = tagsWidth > 0 ? `  ${style.tag(truncate(tagTexts[index] ?? '', tagsWidth))}` : '';
			const title = tagsWidth > 0 ? fit(sanitizeLine(post.title), titleWidth) : truncate(sanitizeLine(post.title), titleWidth);
			return `${date}  ${style.bold(title)}${tags}`.trimEnd();
		})
		.join('\n');
}
