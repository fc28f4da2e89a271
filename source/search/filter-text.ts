/**
Filters written into a query's text, as a reader would type them: the views (tags, timeline,
sections, authors) narrow the list by putting a filter into the search line, so the query
language does the filtering and the line shows what is in effect.
*/

/** A filter's value as the query language reads it back: quoted when it holds a space or a quote. */
export function filterValue(value: string): string {
	const clean = value.replaceAll('"', '').trim();
	return /\s/.test(clean) || clean === '' ? `"${clean}"` : clean;
}

// A chunk of the query: unquoted characters and quoted parts, up to a space outside quotes.
const chunks = /(?:[^\s"]|"[^"]*"?)+/g;

/**
`query` with every filter of `keys` (`tag`, `year`, ...; `#x` counts as `tag:`) taken out and
`filter` added at the end: choosing another tag replaces the tag chosen before, while the words
and other filters stay.
*/
export function withFilter(query: string, filter: string, keys: readonly string[]): string {
	const replaced = new Set(keys.map(key => key.toLowerCase()));
	const kept = (query.match(chunks) ?? []).filter(chunk => {
		const key = /^-?(?:([A-Za-z]+):|(#))/.exec(chunk);
		if (key === null) {
			return true;
		}

		return !replaced.has(key[2] === undefined ? key[1]!.toLowerCase() : 'tag');
	});
	return [...kept, filter].filter(part => part !== '').join(' ');
}
