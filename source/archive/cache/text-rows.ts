/** A column read one row at a time: a column split into an array, or its text (`TextRows`). */
export interface Rows {
	readonly length: number;
	at(row: number): string | undefined;
}

/**
A text column of the catalog kept as its one string and where each row starts, a value made
only when asked for. Split into a string a row, the title, summary, slug and path columns were
~300 bytes a post of the reader's heap (at 100k posts, 30 MB of small strings, each one made
while the catalog is read, and surviving, which is what grows the young generation), though a
list only ever shows a screenful of them.
*/
export class TextRows implements Rows {
	/** `starts[row]` is where row `row` begins; `starts[length]` is one past the text's end. */
	readonly #starts: Int32Array;

	private constructor(readonly text: string, starts: Int32Array, readonly unmark: (value: string) => string) {
		this.#starts = starts;
	}

	/**
	The rows of `count` values joined by `separator` (one character), or undefined when the text
	does not hold exactly that many (no values at all is the empty text), or `empty` is false and
	one is empty.
	*/
	static of(text: string, count: number, separator: string, unmark: (value: string) => string, empty = true): TextRows | undefined {
		if (count === 0) {
			return text === '' ? new TextRows(text, new Int32Array(1), unmark) : undefined;
		}

		const starts = new Int32Array(count + 1);
		let start = 0;
		for (let row = 0; row < count; row++) {
			const found = text.indexOf(separator, start);
			const end = found === -1 ? text.length : found;
			if ((found === -1) !== (row === count - 1) || (!empty && end === start)) {
				return undefined;
			}

			starts[row] = start;
			start = end + 1;
		}

		starts[count] = start;
		return new TextRows(text, starts, unmark);
	}

	get length(): number {
		return this.#starts.length - 1;
	}

	/**
	The first row whose value is `value`, or -1: found in the text, not by making each row's
	string (`show <slug>` looks one slug up among thousands). A value holding `…` may be stored
	marked (see catalog-format.ts): those rows are compared one by one.
	*/
	indexOf(value: string): number {
		if (value === '' || value.includes('…')) {
			return this.#compareEach(value);
		}

		const {text} = this;
		const starts = this.#starts;
		for (let found = text.indexOf(value); found !== -1; found = text.indexOf(value, found + 1)) {
			const row = this.#rowAt(found);
			// The value is the whole row: it starts the row and ends where the next one starts.
			if (starts[row] === found && starts[row + 1]! - 1 === found + value.length) {
				return row;
			}
		}

		return -1;
	}

	#compareEach(value: string): number {
		for (let row = 0; row < this.length; row++) {
			if (this.at(row) === value) {
				return row;
			}
		}

		return -1;
	}

	/** The row that holds the character at `offset` (binary search of the starts). */
	#rowAt(offset: number): number {
		const starts = this.#starts;
		let low = 0;
		let high = starts.length - 2;
		while (low < high) {
			const middle = (low + high + 1) >>> 1;
			if (starts[middle]! <= offset) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}

		return low;
	}

	/** The value of `row`, as it was before it was written; undefined past the end, as an array's `at`. */
	at(row: number): string | undefined {
		if (row < 0 || row >= this.length) {
			return undefined;
		}

		return this.unmark(this.text.slice(this.#starts[row], this.#starts[row + 1]! - 1));
	}
}
