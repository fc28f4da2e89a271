/**
The Markdown a title may hold, for drawing: code spans (`Announcing \`async fn\``), the one
construct common in real titles. A part keeps where its shown text sits in the title as written,
so search highlight ranges (computed on the raw title) still land on the right characters.
Pipes print the title as written; only screens draw these parts.
*/

export interface TitlePart {
	/** The text shown: a code span without its backticks. */
	readonly text: string;
	readonly code: boolean;
	/** UTF-16 offset of `text` in the title as written. */
	readonly start: number;
}

/**
Splits a title into plain and code parts, as CommonMark reads code spans: a run of N backticks
opens one that the next run of exactly N closes; one space is stripped from each end when both
ends have one (so `` ` `x` ` `` shows `` `x` ``). A run without its closing run stays as text.
*/
export function titleParts(title: string): TitlePart[] {
	if (!title.includes('`')) {
		return [{text: title, code: false, start: 0}];
	}

	// Each run of backticks and the next run of the same length after it, found in one pass from
	// the end, so a hostile title of many unclosed runs costs no more than a plain one.
	const runs = runsOf(title);
	const closer = Array.from<number>({length: runs.length}).fill(-1);
	const nextOfLength = new Map<number, number>();
	for (let index = runs.length - 1; index >= 0; index--) {
		const {length} = runs[index]!;
		closer[index] = nextOfLength.get(length) ?? -1;
		nextOfLength.set(length, index);
	}

	const parts: TitlePart[] = [];
	let plainFrom = 0;
	for (let index = 0; index < runs.length; index++) {
		const close = closer[index]!;
		if (close < 0) {
			continue;
		}

		const open = runs[index]!;
		let start = open.at + open.length;
		let end = runs[close]!.at;
		if (end - start >= 2 && title[start] === ' ' && title[end - 1] === ' ' && title.slice(start, end).trim() !== '') {
			start++;
			end--;
		}

		if (open.at > plainFrom) {
			parts.push({text: title.slice(plainFrom, open.at), code: false, start: plainFrom});
		}

		if (end > start) {
			parts.push({text: title.slice(start, end), code: true, start});
		}

		plainFrom = runs[close]!.at + open.length;
		index = close;
	}

	if (plainFrom < title.length) {
		parts.push({text: title.slice(plainFrom), code: false, start: plainFrom});
	}

	return parts;
}

/** The title as a screen shows it: code spans without their backticks. */
export function titleText(title: string): string {
	return title.includes('`') ? titleParts(title).map(part => part.text).join('') : title;
}

function runsOf(text: string): Array<{readonly at: number; readonly length: number}> {
	const runs: Array<{at: number; length: number}> = [];
	for (let at = text.indexOf('`'); at >= 0; at = text.indexOf('`', at)) {
		let end = at;
		while (text[end] === '`') {
			end++;
		}

		runs.push({at, length: end - at});
		at = end;
	}

	return runs;
}
