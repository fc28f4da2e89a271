/**
Posts grouped by year and month, newest first, with counts: the reader's timeline. Also the
bar drawn beside each year and the query that narrows the list to a year or a month.
*/
import type {Post} from '../archive/post.js';

export interface MonthCount {
	/** `YYYY-MM`. */
	readonly month: string;
	readonly count: number;
}

export interface YearCount {
	/** `YYYY`. */
	readonly year: string;
	readonly count: number;
	/** Newest first; only months with posts. */
	readonly months: readonly MonthCount[];
}

export interface Timeline {
	readonly years: readonly YearCount[];
	/** Posts with no date: they are in no year. */
	readonly undated: number;
	/** The most posts any one year has (what the bars are scaled to). */
	readonly widest: number;
}

/** One pass over the posts' dates (`YYYY-MM-DD`); the order of `posts` does not matter. */
export function timelineOf(posts: readonly Post[]): Timeline {
	const months = new Map<string, number>();
	let undated = 0;
	for (const post of posts) {
		const month = post.date?.slice(0, 7);
		if (month === undefined || !/^\d{4}-\d{2}$/.test(month)) {
			undated++;
			continue;
		}

		months.set(month, (months.get(month) ?? 0) + 1);
	}

	const years = new Map<string, MonthCount[]>();
	for (const month of [...months.keys()].sort().reverse()) {
		const year = month.slice(0, 4);
		let list = years.get(year);
		if (list === undefined) {
			list = [];
			years.set(year, list);
		}

		list.push({month, count: months.get(month)!});
	}

	const grouped = [...years].map(([year, list]) => ({year, months: list, count: list.reduce((sum, month) => sum + month.count, 0)}));
	return {years: grouped, undated, widest: Math.max(0, ...grouped.map(year => year.count))};
}

const eighths = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/**
A bar of block characters for `count` out of `widest`, at most `columns` wide, in eighths of a
column; a count above zero always shows at least a sliver.
*/
export function barOf(count: number, widest: number, columns: number): string {
	if (count <= 0 || widest <= 0 || columns <= 0) {
		return '';
	}

	const units = Math.max(1, Math.round(Math.min(1, count / widest) * columns * 8));
	return '█'.repeat(Math.floor(units / 8)) + eighths[units % 8]!;
}

function shiftMonth(month: string, by: number): string {
	const year = Number(month.slice(0, 4));
	const index = year * 12 + Number(month.slice(5, 7)) - 1 + by;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
The query filter for a year (`year:2019`) or a month (`YYYY-MM`): the query language's bounds
exclude their dates, so March 2019 is after February and before April.
*/
export function periodFilter(period: string): string {
	return period.length === 4 ? `year:${period}` : `after:${shiftMonth(period, -1)} before:${shiftMonth(period, 1)}`;
}
