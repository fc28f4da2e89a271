import type {Header} from '../headers/split.js';

/**
Files a generator keeps beside posts that a reader would not call posts: a page that is only a
template (Zola's `template = "latest.html"` with no body), a redirect stub (`redirect_to:` or
only `aliases` and no body), a section page (`_index.md`, also when the site was not recognised
as Hugo or Zola), and a content folder's README without a post header. Listing them put empty
or untitled rows among the posts.
*/
export function isNotAPost(name: string, header: Header): boolean {
	if (/^_index\./i.test(name)) {
		return true;
	}

	const meta = header.meta;
	const keys = Object.keys(meta).map(key => key.toLowerCase());
	if (/^readme\./i.test(name)) {
		// A README written as a post says so with a title or a date in its header.
		return !(header.found && (keys.includes('title') || keys.includes('date')));
	}

	if (header.body.trim() !== '') {
		return false;
	}

	if (keys.some(key => redirectKeys.has(key))) {
		return true;
	}

	if (keys.includes('template') || (keys.includes('layout') && !keys.includes('title'))) {
		return true;
	}

	// Front matter that only names old addresses for a page that is not there.
	return keys.some(key => aliasKeys.has(key)) && keys.every(key => aliasKeys.has(key) || key === 'layout' || key === 'sitemap');
}

const redirectKeys = new Set(['redirect', 'redirect_to', 'redirect_url', 'redirecturl', 'external_url']);
const aliasKeys = new Set(['aliases', 'redirect_from']);
