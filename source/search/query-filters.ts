import type {Post} from '../archive/post.js';
import {fold} from './normalize.js';
import type {Filter} from './query.js';

/** Whether a post counts as read; the caller's (a state store's) answer, by slug. */
export type IsRead = (slug: string) => boolean;

/**
One predicate for a query's filters, or undefined when there are none. `tag:` and `section:`
equal the folded value; `author:` finds it anywhere in a name (`author:turon`); a post without a
date passes no date filter; `is:` asks `isRead`, and with none every post is unread.
*/
export function filterPredicate(filters: readonly Filter[], isRead?: IsRead): ((post: Post) => boolean) | undefined {
	if (filters.length === 0) {
		return undefined;
	}

	const tests = filters.map(filter => {
		const test = filterTest(filter, isRead);
		return filter.negated ? (post: Post) => !test(post) : test;
	});
	return post => tests.every(test => test(post));
}

function filterTest(filter: Filter, isRead: IsRead | undefined): (post: Post) => boolean {
	switch (filter.kind) {
		case 'tag': {
			return post => post.tags.some(tag => fold(tag) === filter.value);
		}

		case 'author': {
			return post => post.authors.some(author => fold(author).includes(filter.value));
		}

		case 'section': {
			return post => post.section !== null && fold(post.section) === filter.value;
		}

		case 'year': {
			const year = String(filter.year);
			return post => post.date?.slice(0, 4) === year;
		}

		case 'before': {
			return post => post.date !== null && post.date < filter.date;
		}

		case 'after': {
			return post => post.date !== null && post.date > filter.date;
		}

		default: {
			return post => (isRead?.(post.slug) ?? false) === filter.read;
		}
	}
}
