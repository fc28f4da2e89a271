import {stat} from 'node:fs/promises';

/**
Which of these files changed at or after `since` (or are gone): the look at a file on screen or
opened that a check by folder times leaves to be taken (see folder-stamps.ts). One stat a file,
off the calling thread.
*/
export async function changedSince(files: readonly string[], since: number): Promise<string[]> {
	const times = await Promise.all(files.map(async file => stat(file).then(stats => stats.mtimeMs, () => Number.POSITIVE_INFINITY)));
	return files.filter((_, at) => times[at]! >= since);
}
