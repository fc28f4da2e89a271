import {fold, forEachWord, isCjkWord} from './normalize.js';

/**
One thing every matching post must (or, when excluded, must not) contain. A single word may be
a prefix (`perf` finds "performance"); a phrase is words in a row, its last one a prefix.
*/
export type Term =
	| {readonly kind: 'word'; readonly word: string}
	| {readonly kind: 'phrase'; readonly words: readonly string[]};

export interface Query {
	readonly include: readonly Term[];
	readonly exclude: readonly Term[];
}

/**
Parses what the user typed: words, `"quoted phrases"` and `-word` / `-"phrase"` exclusions.
Words are folded like the index (case and diacritics). A `key:value` token is read as plain words
for now; `tag:` and `year:` filters can claim it here later. Never throws.
*/
export function parseQuery(text: string): Query {
	const include: Term[] = [];
	const exclude: Term[] = [];
	// An unclosed quote runs to the end, so a phrase being typed already narrows.
	const chunks = /(-?)"([^"]*)"?|(-?)([^\s"]+)/g;
	for (let match = chunks.exec(text); match !== null; match = chunks.exec(text)) {
		const [, phraseMinus, phrase, wordMinus, chunk] = match;
		if (phrase !== undefined) {
			const term = phraseTerm(words(phrase));
			if (term !== undefined) {
				(phraseMinus === '-' ? exclude : include).push(term);
			}

			continue;
		}

		const target = wordMinus === '-' ? exclude : include;
		target.push(...chunkTerms(words(chunk ?? '')));
	}

	return {include, exclude};
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

/**
Words typed together without spaces are separate words (`tag:rust`, `don't`), except a run of
Chinese or Japanese characters, which is one phrase as written.
*/
function chunkTerms(chunkWords: readonly string[]): Term[] {
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
