import GithubSlugger from 'github-slugger';
import type {Token, Tokens} from 'marked';

/**
Heading anchors. An attribute list after a heading (`## Title {#anchor .class}`, as kramdown,
Hugo, Zola and Pandoc write it) is hidden and its id kept; a heading without one gets the slug
GitHub (and most generators) would give it, so `#anchor` links in the post find it.
*/

const attributeList = /\s*\{:?\s*((?:[#.][\w:-]+|[\w-]+=(?:"[^"]*"|'[^']*'|\S+))(?:\s+(?:[#.][\w:-]+|[\w-]+=(?:"[^"]*"|'[^']*'|\S+)))*)\s*\}\s*$/;

/** Removes a trailing attribute list from a heading's source text; returns its id, if any. */
export function takeAttributes(text: string): {readonly text: string; readonly id: string | undefined} {
	const match = attributeList.exec(text);
	if (!match) {
		return {text, id: undefined};
	}

	const id = /(?:^|\s)#([\w:-]+)/.exec(match[1]!)?.[1];
	return {text: text.slice(0, match.index), id};
}

/** A paragraph that is only an attribute list (kramdown's `{: .class}` on its own line). */
export function isAttributeLine(text: string): boolean {
	return /^\{:?\s*[#.][^}\n]*\}$/.test(text.trim()) || /^\{:\s[^}\n]*\}$/.test(text.trim());
}

/** Strips attribute lists from heading tokens and their last text token, before rendering. */
export function stripHeadingAttributes(token: Token): void {
	if (token.type !== 'heading') {
		return;
	}

	const heading = token as Tokens.Heading & {anchor?: string};
	const {text, id} = takeAttributes(heading.text);
	if (text === heading.text) {
		return;
	}

	heading.text = text;
	heading.anchor = id;
	const last = heading.tokens.at(-1);
	if (last && 'text' in last && typeof last.text === 'string') {
		const stripped = takeAttributes(last.text).text;
		last.text = stripped;
		if ('raw' in last) {
			last.raw = stripped;
		}
	}
}

/** Slugs for one post: a repeated heading gets `-1`, `-2` as on GitHub. */
export function createSlugger(): (text: string, explicit?: string) => string {
	const slugger = new GithubSlugger();
	return (text, explicit) => (explicit ? explicit : slugger.slug(text));
}
