import type {Post} from '../archive/post.js';
import type {LinkLookup} from '../archive/site/link-target.js';
import type {RenderedDocument} from './render.js';

/**
Fills in which archive post each link of a document leads to. Done where the archive is known
(the render thread has only the post), as a layer on the finished document.
*/
export function linkPosts(document: RenderedDocument, lookup: LinkLookup, from: Post): RenderedDocument {
	let changed = false;
	const links = document.links.map(link => {
		if (link.anchor !== undefined || link.post !== undefined) {
			return link;
		}

		const post = lookup.find(link.target, from);
		if (!post || post === from) {
			return link;
		}

		changed = true;
		const fragment = fragmentOf(link.target);
		return {...link, post: post.slug, ...(fragment === '' ? {} : {postAnchor: fragment})};
	});
	return changed ? {...document, links} : document;
}

/** The part after `#`, as a heading id: percent escapes read (`%C3%A9` is é), else as written. */
function fragmentOf(target: string): string {
	const at = target.indexOf('#');
	if (at === -1) {
		return '';
	}

	const fragment = target.slice(at + 1);
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
}
