import {fold, forEachWord, isCjkWord} from './normalize.js';

/**
One thing every matching post must (or, when excluded, must not) contain. A single word may be
a prefix (`perf` finds "performance"); a phrase is words in a row, its last one a prefix. A
number with dots (`1.0`, `1.28.2`) is a phrase marked `number`: it ranks an exact last part
(`1.0` in "Rust 1.0") above a longer one (`1.0` in "Rust 1.0.1"... or "1.05").
*/
export type Term =
	| {readonly kind: 'word'; readonly word: string}
	| {readonly kind: 'phrase'; readonly words: readonly string[]; readonly number?: true};

/**
A condition on a post's fields rather than its words. Values are folded like words; dates are
`YYYY-MM-DD` bounds, both exclusive (`before:2020` is before 2020-01-01, `after:2020` after
2020-12-31), as the code-hosting search syntaxes read them.
*/
export type Filter =
	| {readonly kind: 'tag' | 'author' | 'section'; readonly value: string; readonly negated: boolean}
	| {readonly kind: 'year'; readonly year: number; readonly negated: boolean}
	| {readonly kind: 'before' | 'after'; readonly date: string; readonly negated: boolean}
	| {readonly kind: 'is'; readonly read: boolean; readonly negated: boolean};

/** A part of the query that could not be used, and why, in words a reader can act on. */
export interface QueryProblem {
	/** The text as typed (`year:20x7`), or '' for the query as a whole. */
	readonly token: string;
	readonly message: string;
}

export interface Query {
	readonly include: readonly Term[];
	readonly exclude: readonly Term[];
	readonly filters: readonly Filter[];
	/** Empty when every part was understood; the rest of the query still works. */
	readonly problems: readonly QueryProblem[];
}

/**
At most this many words (and filters) are read: each word is a pass over the index, and a
pasted page of text is no query. The rest is dropped with a problem saying so.
*/
export const maxQueryWords = 64;

const filterKeys = new Set(['tag', 'author', 'section', 'year', 'before', 'after', 'is']);

/**
Parses what the user typed: words, `"quoted phrases"`, `-word` / `-"phrase"` exclusions, and the
filters `tag:` (or `#`), `author:`, `section:`, `year:`, `before:`, `after:` and `is:read` /
`is:unread`, each also negated with `-`. A filter value may be quoted (`author:"Aaron Turon"`).
An unknown `key:value` is plain words, as most search boxes read it; a filter with nothing after
the colon is still being typed and means nothing yet. Words are folded like the index (case and
diacritics). Never throws; time is linear in the text.
*/
export function parseQuery(text: string): Query {
	const include: Term[] = [];
	const exclude: Term[] = [];
	const filters: Filter[] = [];
	const problems: QueryProblem[] = [];
	let count = 0;
	// An unclosed quote runs to the end, so a phrase being typed already narrows.
	const tooLong = (): void => {
		problems.push({token: '', message: `the query has more than ${maxQueryWords} words; only the first ${maxQueryWords} are used`});
	};

	// An unclosed quote runs to the end, so a phrase being typed already narrows. The first
	// branch is a key with nothing after it yet (`tag:`, `#`).
	const chunks = /(-?)(#|[A-Za-z]+:)(?=\s|$)|(-?)(?:([A-Za-z]+):|(#))?(?:"([^"]*)"?|([^\s"]+))/g;
	for (let match = chunks.exec(text); match !== null; match = chunks.exec(text)) {
		const [whole, emptyMinus, emptyKey, minus, key, hash, quoted, bare] = match;
		const negated = (emptyMinus ?? minus) === '-';
		const target = negated ? exclude : include;
		let terms: Term[];
		if (emptyKey !== undefined) {
			// Being typed: a known filter means nothing yet, an unknown key is its word.
			const name = emptyKey.slice(0, -1).toLowerCase();
			if (emptyKey === '#' || filterKeys.has(name)) {
				continue;
			}

			terms = chunkTerms(name);
		} else {
			const filterKey = hash === undefined ? key?.toLowerCase() : 'tag';
			if (filterKey !== undefined && filterKeys.has(filterKey)) {
				if (count >= maxQueryWords) {
					tooLong();
					break;
				}

				count++;
				const parsed = parseFilter(filterKey, quoted ?? bare ?? '', negated);
				if (typeof parsed === 'string') {
					problems.push({token: whole, message: parsed});
				} else if (parsed !== undefined) {
					filters.push(parsed);
				}

				continue;
			}

			terms = key === undefined ? [] : chunkTerms(key);
			if (quoted === undefined) {
				terms.push(...chunkTerms(bare ?? ''));
			} else {
				const phrase = phraseTerm(words(quoted));
				if (phrase !== undefined) {
					terms.push(phrase);
				}
			}
		}

		for (const term of terms) {
			count += term.kind === 'word' ? 1 : term.words.length;
			if (count > maxQueryWords) {
				break;
			}

			target.push(term);
		}

		if (count > maxQueryWords) {
			tooLong();
			break;
		}
	}

	return {include, exclude, filters, problems};
}

/** The filter, undefined for an empty value (still being typed), or why it cannot be used. */
function parseFilter(key: string, raw: string, negated: boolean): Filter | string | undefined {
	const value = raw.trim();
	if (value === '') {
		return undefined;
	}

	switch (key) {
		case 'tag':
		case 'author':
		case 'section': {
			return {kind: key, value: fold(value), negated};
		}

		case 'year': {
			return /^\d{4}$/.test(value) ? {kind: 'year', year: Number(value), negated} : `a year is four digits, like year:2017`;
		}

		case 'before':
		case 'after': {
			const date = dateBound(value, key);
			return date === undefined ? `a date is YYYY, YYYY-MM or YYYY-MM-DD, like ${key}:2020-01-31` : {kind: key, date, negated};
		}

		default: {
			const read = value.toLowerCase();
			return read === 'read' || read === 'unread' ? {kind: 'is', read: read === 'read', negated} : 'is: takes read or unread';
		}
	}
}

/**
`YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the day a `before` (its first day) or `after` (its last day)
bound means, or undefined when it is no such date.
*/
function dateBound(value: string, side: 'before' | 'after'): string | undefined {
	const parts = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
	if (parts === null) {
		return undefined;
	}

	const year = Number(parts[1]);
	const month = parts[2] === undefined ? undefined : Number(parts[2]);
	const day = parts[3] === undefined ? undefined : Number(parts[3]);
	if (month !== undefined && (month < 1 || month > 12)) {
		return undefined;
	}

	const lastDay = new Date(Date.UTC(year, month ?? 12, 0)).getUTCDate();
	if (day !== undefined && (day < 1 || day > lastDay)) {
		return undefined;
	}

	const pad = (number: number): string => String(number).padStart(2, '0');
	if (side === 'before') {
		return `${parts[1]}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
	}

	return `${parts[1]}-${pad(month ?? 12)}-${pad(day ?? lastDay)}`;
}

/** Whether the query text asks the read state (`is:read`, `-is:unread`): only then is it looked up. */
export function asksReadState(query: string): boolean {
	return /(?:^|\s)-?is:/i.test(query);
}

/** The filters as a reader would type them, one chip each (`tag:p2p`, `-year:2017`, `is:unread`). */
export function filterChips(query: Query): string[] {
	return query.filters.map(filter => {
		const sign = filter.negated ? '-' : '';
		switch (filter.kind) {
			case 'tag':
			case 'author':
			case 'section': {
				return `${sign}${filter.kind}:${/\s/.test(filter.value) ? `"${filter.value}"` : filter.value}`;
			}

			case 'year': {
				return `${sign}year:${filter.year}`;
			}

			case 'before':
			case 'after': {
				return `${sign}${filter.kind}:${filter.date}`;
			}

			default: {
				return `${sign}is:${filter.read ? 'read' : 'unread'}`;
			}
		}
	});
}

function words(text: string): string[] {
	const found: string[] = [];
	forEachWord(fold(text), word => {
		found.push(word);
	});
	return found;
}

function phraseTerm(phraseWords: readonly string[]): Term | undefined {
	if (phraseWords.length === 0) {
		return undefined;
	}

	return phraseWords.length === 1 ? {kind: 'word', word: phraseWords[0]!} : {kind: 'phrase', words: phraseWords};
}

// A dotted number is one token: `1.0` means version 1.0, not every post with a 1 and a 0.
const dottedNumber = /(\d+(?:\.\d+)+)/;

/**
Words typed together without spaces are separate words (`x-ray`, `don't`), except a run of
Chinese or Japanese characters, which is one phrase as written, and a dotted number.
*/
function chunkTerms(chunk: string): Term[] {
	const terms: Term[] = [];
	chunk.split(dottedNumber).forEach((piece, position) => {
		if (position % 2 === 1) {
			terms.push({kind: 'phrase', words: piece.split('.'), number: true});
		} else {
			terms.push(...wordTerms(words(piece)));
		}
	});
	return terms;
}

function wordTerms(chunkWords: readonly string[]): Term[] {
	const terms: Term[] = [];
	let run: string[] = [];
	const flush = () => {
		const term = phraseTerm(run);
		if (term !== undefined) {
			terms.push(term);
		}

		run = [];
	};

	for (const word of chunkWords) {
		if (isCjkWord(word)) {
			run.push(word);
		} else {
			flush();
			terms.push({kind: 'word', word});
		}
	}

	flush();
	return terms;
}
