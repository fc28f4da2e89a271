/** Reading the reader's list screen as a person would: header on top, status line at the bottom of the frame. */
export function lines(screen: string): string[] {
	return screen.split('\n');
}

export function header(screen: string): string {
	return lines(screen)[0] ?? '';
}

/** The frame is one row shorter than the terminal, so its status line is the last non-empty row. */
export function statusLine(screen: string): string {
	return lines(screen).findLast(line => line.trim() !== '') ?? '';
}

/** A list row is on screen (the selected one carries the marker). */
export const showsPosts = (screen: string): boolean => /^› +\S/m.test(screen);

export const indexing = (screen: string): boolean => header(screen).includes('indexing…');

/** The search line shows exactly `query` typed (the cursor cell follows it). */
export const typed = (query: string) => (screen: string): boolean => statusLine(screen).startsWith(`/${query} `);

/** The list shows the results of `query`: the header counts its matches (it says "…" while they are coming). */
export const resultsFor = (query: string) => (screen: string): boolean => header(screen).includes(`“${query}”: `) && /”: \d/.test(header(screen));

export const noQuery = (screen: string): boolean => !header(screen).includes('”:') && showsPosts(screen);
