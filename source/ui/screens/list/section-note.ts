import type {Archive} from '../../../archive/post.js';
import type {Section} from '../../navigation/state.js';

/** The header's pointer to the other section, when the blog has pages at all. */
export function sectionNote(archive: Archive, section: Section): string {
	if (archive.pages.length === 0) {
		return '';
	}

	return section === 'posts' ? `Tab: ${archive.pages.length} ${archive.pages.length === 1 ? 'page' : 'pages'}` : 'Tab: posts';
}
