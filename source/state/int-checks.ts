/**
Checks on whole-number columns read back from our own binary files, so a damaged file is refused
whole instead of sending an index out of bounds later.
*/

/** Every value is a whole number from `min` to below `below`. */
export function allInRange(values: Int32Array, min: number, below: number): boolean {
	for (const value of values) {
		if (value < min || value >= below) {
			return false;
		}
	}

	return true;
}

/** The values are 0..length-1, each once: an order of rows. */
export function isPermutation(values: Int32Array): boolean {
	const seen = new Uint8Array(values.length);
	for (const value of values) {
		if (value < 0 || value >= values.length || seen[value] === 1) {
			return false;
		}

		seen[value] = 1;
	}

	return true;
}
