import {fold, forEachWord} from './normalize.js';

// ASCII letters and digits folded to lower case; 0 marks an ASCII separator.
const asciiFold = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
	const char = String.fromCharCode(code);
	if (/[a-z\d]/i.test(char)) {
		asciiFold[code] = char.toLowerCase().charCodeAt(0);
	}
}

const hashSeed = 0x81_1C_9D_C5;
const hashPrime = 0x01_00_01_93;

/**
Distinct folded words, each with a small id. Indexing reads some forty million characters at 10k
posts. Scanning them by hand and hashing in place, instead of folding each body and splitting it
into substrings, leaves no garbage; keeping the hash table and the words' characters in flat
arrays keeps the six million look-ups in cache. The words found are exactly those
`forEachWord(fold(text))` gives.
*/
export class Vocabulary {
	readonly words: string[] = [];
	/** Ids of the words found by the last `scan`, in `found[0..count)`. */
	found = new Int32Array(1024);
	// Open addressing, two entries a slot: the hash, and the word id + 1 (0: free).
	private table = new Int32Array(1 << 16);
	// Each word's characters, at `starts[id]..starts[id + 1]`.
	private chars = new Uint16Array(1 << 16);
	private starts = new Int32Array(1 << 14);

	/** Collects the ids of each word of `text` (repeats included) into `found`; returns how many. */
	scan(text: string): number {
		let count = 0;
		const length = text.length;
		let index = 0;
		while (index < length) {
			const first = text.charCodeAt(index);
			if (first < 128 && asciiFold[first] === 0) {
				index++;
				continue;
			}

			// A chunk runs to the next ASCII separator; only chunks with other characters need folding.
			const start = index;
			let hash = hashSeed;
			let ascii = true;
			for (; index < length; index++) {
				const code = text.charCodeAt(index);
				if (code < 128) {
					const folded = asciiFold[code]!;
					if (folded === 0) {
						break;
					}

					hash = Math.imul(hash ^ folded, hashPrime);
				} else {
					ascii = false;
				}
			}

			if (ascii) {
				count = this.record(count, this.id(text, start, index, hash));
			} else {
				forEachWord(fold(text.slice(start, index)), word => {
					count = this.record(count, this.idOf(word));
				});
			}
		}

		return count;
	}

	/** The id of a word that is already folded. */
	idOf(word: string): number {
		let hash = hashSeed;
		for (let index = 0; index < word.length; index++) {
			hash = Math.imul(hash ^ word.charCodeAt(index), hashPrime);
		}

		return this.id(word, 0, word.length, hash);
	}

	private record(count: number, id: number): number {
		if (count === this.found.length) {
			const found = new Int32Array(count * 2);
			found.set(this.found);
			this.found = found;
		}

		this.found[count] = id;
		return count + 1;
	}

	private id(text: string, start: number, end: number, hash: number): number {
		const {table, chars, starts} = this;
		const mask = (table.length >> 1) - 1;
		for (let slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
			const entry = table[(slot << 1) + 1]!;
			if (entry === 0) {
				return this.add(text, start, end, hash, slot);
			}

			if (table[slot << 1] === hash && same(chars, starts[entry - 1]!, starts[entry]!, text, start, end)) {
				return entry - 1;
			}
		}
	}

	private add(text: string, start: number, end: number, hash: number, slot: number): number {
		const id = this.words.length;
		const word = fold(text.slice(start, end));
		this.words.push(word);
		if (id + 2 > this.starts.length) {
			this.starts = grow(this.starts, this.starts.length * 2);
		}

		const at = this.starts[id]!;
		if (at + word.length > this.chars.length) {
			this.chars = grow(this.chars, Math.max(this.chars.length * 2, at + word.length));
		}

		for (let index = 0; index < word.length; index++) {
			this.chars[at + index] = word.charCodeAt(index);
		}

		this.starts[id + 1] = at + word.length;
		this.table[slot << 1] = hash;
		this.table[(slot << 1) + 1] = id + 1;
		if (this.words.length * 4 > this.table.length) {
			this.rehash();
		}

		return id;
	}

	private rehash(): void {
		const old = this.table;
		this.table = new Int32Array(old.length * 2);
		const mask = (this.table.length >> 1) - 1;
		for (let slot = 0; slot < old.length; slot += 2) {
			if (old[slot + 1] === 0) {
				continue;
			}

			let free = spread(old[slot]!) & mask;
			while (this.table[(free << 1) + 1] !== 0) {
				free = (free + 1) & mask;
			}

			this.table[free << 1] = old[slot]!;
			this.table[(free << 1) + 1] = old[slot + 1]!;
		}
	}
}

/**
The multiply-and-xor hash only carries changes towards its high bits, and the table indexes by
the low ones; without this final mix, similar words pile up in long probe runs.
*/
function spread(hash: number): number {
	let mixed = Math.imul(hash ^ (hash >>> 16), 0x85_EB_CA_6B);
	mixed = Math.imul(mixed ^ (mixed >>> 13), 0xC2_B2_AE_35);
	return mixed ^ (mixed >>> 16);
}

function grow<T extends Int32Array | Uint16Array>(values: T, length: number): T {
	const larger = new (values.constructor as new (length: number) => T)(length);
	larger.set(values);
	return larger;
}

/** Whether `text[start..end)`, folded as ASCII, is the word at `chars[from..to)`. */
function same(chars: Uint16Array, from: number, to: number, text: string, start: number, end: number): boolean {
	if (to - from !== end - start) {
		return false;
	}

	for (let offset = 0; offset < to - from; offset++) {
		const code = text.charCodeAt(start + offset);
		if (chars[from + offset] !== (code < 128 ? asciiFold[code] : code)) {
			return false;
		}
	}

	return true;
}
