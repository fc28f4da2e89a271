/**
Super- and subscripts in plain text. A superscript is written `^39` (`2^39`, `x^th`): raised
digits are the render's footnote markers, and `2³⁹` would read as a note. A subscript of digits
and signs becomes Unicode subscripts (`MnO₂`), which nothing else uses; other subscripts are
written `_i`.
*/

const subscript: Readonly<Record<string, string>> = {
	0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉', '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎',
};

/** `text` raised or lowered; `plain` is its visible text (no escapes), which decides the form. */
export function script(position: 'sup' | 'sub', text: string, plain = text): string {
	const trimmed = plain.trim();
	if (trimmed === '') {
		return text;
	}

	if (position === 'sup') {
		return `^${text}`;
	}

	if (trimmed.length <= 12 && [...trimmed].every(character => subscript[character] !== undefined)) {
		return [...trimmed].map(character => subscript[character]).join('');
	}

	return `_${text}`;
}
