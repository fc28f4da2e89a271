/**
Checks on whole-number columns read back from our own binary files, so a damaged file is refused
whole instead of sending an index out of bounds later. Indexed loops, not \`for…of\`: these run
once per short command (\`show\` checks 10k rows of each), in code not yet optimised, where a
typed array's iterator costs about twice as much a value.
*/

/** Every value is a whole number from `min` to below `below`. */
export function allInRange(values: Int32Array, min: number, below: number): boolean {
	for (let index = 0; index < values.length; index++) {
		const value = values[index]!;
		if (value < min || value >= below) {
			return false;
		}
	}

	return true;
}

/** The values are 0..length-1, each once: an order of rows. */
export function isPermutation(values: Int32Array): boolean {
	const seen = new Uint8Array(values.length);
	for (let index = 0; index < values.length; index++) {
		const value = values[index]!;
		if (value < 0 || value >= values.length || seen[value] === 1) {
			return false;
		}

		seen[value] = 1;
	}

	return true;
}
