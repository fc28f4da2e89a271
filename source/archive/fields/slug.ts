/** A slug a user can type: lower case, letters and digits of any script, single hyphens. */
export function slugify(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/['’"]/g, '')
		.replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}

/**
Makes slugs unique: the first holder (in the order given) keeps it, later ones get `-2`, `-3`...
skipping any slug already taken, so the result depends only on the order given.
*/
export function uniqueSlugs(slugs: readonly string[]): string[] {
	const taken = new Set(slugs);
	const used = new Set<string>();
	return slugs.map(slug => {
		if (!used.has(slug)) {
			used.add(slug);
			return slug;
		}

		let n = 2;
		while (used.has(`${slug}-${n}`) || taken.has(`${slug}-${n}`)) {
			n++;
		}

		const unique = `${slug}-${n}`;
		used.add(unique);
		return unique;
	});
}
