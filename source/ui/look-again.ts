import {changedSince} from '../archive/check/changed-since.js';

/**
After a check by folder times (archive/cache/folder-stamps.ts), which cannot see a file written
over in place: the files of the posts on screen or opened are looked at, each once, and those
changed since the last look at every file go to `onChanged`, as if the watch had seen them.
*/
export class LookAgain {
	readonly #onChanged: (files: ReadonlySet<string>) => void;
	#since: number | undefined;
	#onScreen: readonly string[] = [];
	readonly #looked = new Set<string>();

	constructor(onChanged: (files: ReadonlySet<string>) => void) {
		this.#onChanged = onChanged;
	}

	/** From the check's answer on, look (at what is on screen already, too); undefined: every file was looked at since. */
	since(time: number | undefined): void {
		this.#since = time;
		this.shown(this.#onScreen);
	}

	/** What is on screen now. */
	readonly shown = (files: readonly string[]): void => {
		this.#onScreen = files;
		const since = this.#since;
		if (since === undefined) {
			return;
		}

		const unseen = files.filter(file => !this.#looked.has(file));
		for (const file of unseen) {
			this.#looked.add(file);
		}

		if (unseen.length > 0) {
			void changedSince(unseen, since).then(changed => {
				if (changed.length > 0 && since === this.#since) {
					this.#onChanged(new Set(changed));
				}
			});
		}
	};
}
