const isoPrefix = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/;
const slashed = /(?:^|[/\\])(\d{4})\/(\d{1,2})\/(\d{1,2})(?=$|[/\\#?._-])/;
const namePrefix = /^(\d{4})-(\d{2})-(\d{2})(?:[-_ .]|$)/;

/** `YYYY-MM-DD` when the parts name a real calendar day, else null. */
export function formatDate(year: number, month: number, day: number): string | null {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
		return null;
	}

	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fromMatch(match: RegExpExecArray | null): string | null {
	return match ? formatDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/**
A header's date as `YYYY-MM-DD`. Strings keep the day as written (`2019-09-30T23:30:00-05:00` is
the 30th, as its author saw it); TOML dates keep theirs the same way; YAML 1.1 timestamps are
Date objects in UTC.
*/
export function toIsoDate(value: unknown): string | null {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) {
			return null;
		}

		// smol-toml's TomlDate prints the literal it read, offset and all.
		return fromMatch(isoPrefix.exec(value.toISOString()));
	}

	if (typeof value !== 'string') {
		return null;
	}

	const text = value.trim();
	const iso = fromMatch(isoPrefix.exec(text)) ?? fromMatch(/^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/.exec(text));
	if (iso || !/[a-z]/i.test(text) || !/\b\d{4}\b/.test(text) || text.length > 64) {
		return iso;
	}

	// Written-out dates (`February 3, 2017`, `Fri, 03 Feb 2017 10:00:00 +0000`).
	const parsed = new Date(text);
	return Number.isNaN(parsed.getTime()) ? null : formatDate(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
}

/** A `YYYY/MM/DD` inside a URL-like value or a folder path (`2019/09/30/slug`). */
export function dateInPath(value: unknown): string | null {
	return typeof value === 'string' ? fromMatch(slashed.exec(value)) : null;
}

/** A `YYYY-MM-DD` at the start of a file name (`2017-02-03-blockchain.md`). */
export function dateInName(name: string): string | null {
	return fromMatch(namePrefix.exec(name));
}

/** The file name without its date prefix, for slugs and titles. */
export function withoutDatePrefix(name: string): string {
	const match = namePrefix.exec(name);
	return match && name.length > match[0].length ? name.slice(match[0].length) : name;
}
