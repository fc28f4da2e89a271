/** A blog has thousands of files; a walk this long was pointed at something else (`/`, a home folder). */
export const entryLimit = 200_000;

/** Unreadable folders named one by one before the rest are only counted. */
const namedDenied = 3;

/**
What the walks of one load share: the real paths already read, so no folder or file is read twice, and
how far they went, so that together they stop after `maxEntries` folder entries.
*/
export class WalkState {
	readonly seen = new Set<string>();
	entries = 0;
	/** Set when the walks stopped early; what was found so far is kept. */
	stopped = false;
	/** Unreadable folders beyond the first few, reported as one count. */
	moreDenied = 0;
	/**
	With stamps: every folder walked and its modification time, taken before it was listed (see
	folder-stamps.ts). `foldersComplete` is false when a folder could not be listed or is named in
	bytes that are not UTF-8: its times then prove nothing.
	*/
	readonly folders: Array<{readonly path: string; readonly mtimeMs: number}> = [];
	foldersComplete = true;
	#denied = 0;
	/**
	Real paths of the files found while no link to a file had been met, kept unhashed: only such
	a link can reach a file twice (folders are claimed in `seen`), and hashing 10,000 fresh path
	strings for a set was a sixth of a walk.
	*/
	#files: string[] | undefined = [];

	/**
	`realRoot` is the archive's real path: links that resolve outside it are not followed, so an
	archive from elsewhere cannot list (or open) any file the user can read.
	*/
	constructor(readonly realRoot: string, readonly maxEntries = entryLimit) {}

	/** Whether the file with this real path is met for the first time; `isLink` when reached through a link to it. */
	claimFile(key: string, isLink: boolean): boolean {
		if (this.#files !== undefined) {
			if (!isLink) {
				this.#files.push(key);
				return true;
			}

			for (const file of this.#files) {
				this.seen.add(file);
			}

			this.#files = undefined;
		}

		if (this.seen.has(key)) {
			return false;
		}

		this.seen.add(key);
		return true;
	}

	/** Whether an unreadable folder is still worth a line of its own. */
	nameDenied(): boolean {
		if (this.#denied < namedDenied) {
			this.#denied++;
			return true;
		}

		this.moreDenied++;
		return false;
	}
}
