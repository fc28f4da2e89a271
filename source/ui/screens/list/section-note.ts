import {type Archive, wholeCounts} from '../../../archive/post.js';
import type {Section} from '../../navigation/state.js';

/** The header's pointer to the other section, when the blog has pages at all. */
export function sectionNote(archive: Archive, section: Section): string {
	const {pages} = wholeCounts(archive);
	if (pages === 0) {
		return '';
	}

	return section === 'posts' ? `Tab: ${pages} ${pages === 1 ? 'page' : 'pages'}` : 'Tab: posts';
}
