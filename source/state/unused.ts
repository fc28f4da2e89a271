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
archive ever opened (temp folders included) must not pile up. Never throws.
*/
export function removeUnused(folder: string, ending: string, olderThanMs = 30 * 24 * 60 * 60 * 1000): void {
	try {
		for (const name of readdirSync(folder)) {
			if (!name.endsWith(ending)) {
				continue;
			}

			const path = join(folder, name);
			const stats = statSync(path, {throwIfNoEntry: false});
			if (stats?.isFile() && Date.now() - stats.mtimeMs > olderThanMs) {
				rmSync(path, {force: true});
			}
		}
	} catch {
		// Tidying is a courtesy.
	}
}

/**
Keeps only the `count` files of a folder with the given ending that were used last (by their
time, which markUsed refreshes), removing the rest: a cache that gains a file for every post shown
stays bounded however many are shown in a week. Never throws.
*/
export function keepLastUsed(folder: string, ending: string, count: number): void {
	try {
		const names = readdirSync(folder).filter(name => name.endsWith(ending));
		if (names.length <= count) {
			return;
		}

		const dated = names.map(name => ({path: join(folder, name), time: statSync(join(folder, name), {throwIfNoEntry: false})?.mtimeMs ?? 0}));
		dated.sort((a, b) => b.time - a.time);
		for (const {path} of dated.slice(count)) {
			rmSync(path, {force: true});
		}
	} catch {
		// Tidying is a courtesy.
	}
}
