/**
Typo tolerance for title and tag words: one substitution, insertion, deletion or swap of two
neighbours. Only for query words this long; shorter ones would match too much by accident.
*/
export const typoMinLength = 5;

/**
How many leading units of `word` the query `typed` stands for, with at most one edit, or -1.
`typed` may still be a prefix of the word (search as you type): `stabilt` finds "stability".
*/
export function typoPrefixLength(typed: string, word: string): number {
	const length = typed.length;
	let common = 0;
	while (common < length && common < word.length && typed.charCodeAt(common) === word.charCodeAt(common)) {
		common++;
	}

	if (common === length) {
		return length;
	}

	const substituted = restLength(typed, common + 1, word, common + 1);
	if (substituted >= 0) {
		return substituted;
	}

	const extra = restLength(typed, common + 1, word, common);
	if (extra >= 0) {
		return extra;
	}

	const missing = restLength(typed, common, word, common + 1);
	if (missing >= 0) {
		return missing;
	}

	if (typed.charCodeAt(common) === word.charCodeAt(common + 1) && typed.charCodeAt(common + 1) === word.charCodeAt(common)) {
		return restLength(typed, common + 2, word, common + 2);
	}

	return -1;
}

/** Whether `typed` from `from` equals `word` from `at`; if so, where the match ends in `word`. */
function restLength(typed: string, from: number, word: string, at: number): number {
	const rest = typed.length - from;
	if (rest < 0 || at + rest > word.length) {
		return -1;
	}

	for (let offset = 0; offset < rest; offset++) {
		if (typed.charCodeAt(from + offset) !== word.charCodeAt(at + offset)) {
			return -1;
		}
	}

	return at + rest;
}
