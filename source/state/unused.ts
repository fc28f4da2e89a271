import {readdirSync, rmSync, statSync, utimesSync} from 'node:fs';
import {join} from 'node:path';

/**
Marks a file of ours as still in use, when its time says otherwise: files that are read far more
often than written (an archive index) would otherwise look abandoned. Never throws.
*/
export function markUsed(file: string, olderThanMs = 24 * 60 * 60 * 1000): void {
	try {
		const stats = statSync(file, {throwIfNoEntry: false});
		if (stats && Date.now() - stats.mtimeMs > olderThanMs) {
			const now = new Date();
			utimesSync(file, now, now);
		}
	} catch {
		// A file we cannot touch is only pruned a little early.
	}
}

/**
Removes files of a folder with the given ending that nobody has used for a while: one index per
archive ever opened (temp folders included) must not pile up. With `keepAtMost`, only that many
of the rest stay, those used last (by their time, which markUsed refreshes): a cache that gains a
file for every post shown stays bounded however many are shown. Never throws.
*/
export function removeUnused(folder: string, ending: string, olderThanMs = 30 * 24 * 60 * 60 * 1000, keepAtMost = Number.POSITIVE_INFINITY): void {
	try {
		const kept: Array<{readonly path: string; readonly time: number}> = [];
		for (const name of readdirSync(folder)) {
			if (!name.endsWith(ending)) {
				continue;
			}

			const path = join(folder, name);
			const stats = statSync(path, {throwIfNoEntry: false});
			if (!stats?.isFile()) {
				continue;
			}

			if (Date.now() - stats.mtimeMs > olderThanMs) {
				rmSync(path, {force: true});
			} else {
				kept.push({path, time: stats.mtimeMs});
			}
		}

		if (kept.length > keepAtMost) {
			kept.sort((a, b) => b.time - a.time);
			for (const {path} of kept.slice(keepAtMost)) {
				rmSync(path, {force: true});
			}
		}
	} catch {
		// Tidying is a courtesy.
	}
}
