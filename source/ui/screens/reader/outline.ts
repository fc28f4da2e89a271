import Fuse from 'fuse.js';
import type {Heading} from '../../../render/structure.js';

/**
The outline: a post's headings, filtered as you type with fuse.js (the design card's fuzzy
matcher, right for a list this size), and the section a line falls in.
*/

export function filterHeadings(headings: readonly Heading[], query: string): readonly Heading[] {
	const wanted = query.trim();
	if (wanted === '') {
		return headings;
	}

	const fuse = new Fuse(headings, {keys: ['text'], threshold: 0.4, ignoreLocation: true});
	return fuse.search(wanted).map(result => result.item);
}

/** The heading whose section holds `line`: the last one at or above it. */
export function sectionAt(headings: readonly Heading[], line: number): Heading | undefined {
	let found: Heading | undefined;
	for (const heading of headings) {
		if (heading.line > line) {
			break;
		}

		found = heading;
	}

	return found;
}
