/**
The archive on screen kept in step with its files: a watch of its folders reloads it a burst of
changes at a time, and `r` reloads it by hand. A reload is the same load the reader starts with
(a check of every file on a worker thread, the archive loaded again only when it changed), one
at a time: a burst arriving during a reload is taken in the next. What goes wrong is a line in
the status line; watching that cannot go on leaves `r`.
*/
import type {Archive} from '../archive/post.js';
import {compareReloaded, reloadNote} from '../archive/watch/reload-diff.js';
import {watchFolders, type FolderWatch, type WatchOptions} from '../archive/watch/watch-folders.js';
import {sanitizeLine} from '../text/sanitize.js';
import {sameFiles} from './same-files.js';

export interface LiveSource {
	/**
	The archive as its files are now; undefined when they are the very files of `shown`.
	`touched`: the files a watch saw change (none for a reload by hand).
	*/
	readonly reload: (shown: Archive, touched?: ReadonlySet<string>) => Promise<Archive | undefined>;
	/** The content folders to watch. */
	readonly folders: readonly string[];
	/** Folders inside them never to watch (our cache). */
	readonly skip?: readonly string[];
	/** For tests: another watch, or other timings. */
	readonly watchOptions?: Partial<Pick<WatchOptions, 'watch' | 'platform' | 'coalesce' | 'pace'>>;
}

interface Request {
	/** Files a watch saw change; undefined for a reload by hand, which knows nothing of them. */
	readonly touched: ReadonlySet<string> | undefined;
}

export class LiveArchive {
	readonly #source: LiveSource;
	readonly #show: (archive: Archive) => void;
	readonly #note: (text: string) => void;
	#shown: Archive;
	#watch: FolderWatch | undefined;
	#running = false;
	#queued: Request | undefined;
	#closed = false;

	constructor(shown: Archive, source: LiveSource, show: (archive: Archive) => void, note: (text: string) => void) {
		this.#shown = shown;
		this.#source = source;
		this.#show = show;
		this.#note = note;
	}

	/** The archive on screen changed by other means (the check after the first frame). */
	set shown(archive: Archive) {
		this.#shown = archive;
	}

	get shown(): Archive {
		return this.#shown;
	}

	/** Starts watching the folders; without a usable watch, says so once and stays by hand. */
	watch(): void {
		if (this.#closed || this.#watch !== undefined) {
			return;
		}

		this.#watch = watchFolders(this.#source.folders, {
			...this.#source.watchOptions,
			skip: this.#source.skip,
			onChange: touched => {
				this.#request({touched});
			},
			onError: reason => {
				this.#note(`live reload is off: ${sanitizeLine(reason)}; r reloads`);
			},
		});
	}

	/** Files found changed by other means than the watch (looked at again, see run.tsx): as a watch's event. */
	touched(files: ReadonlySet<string>): void {
		this.#request({touched: files});
	}

	/** `r`: reload now, and say what it found even when nothing changed. */
	reloadNow(): void {
		this.#request({touched: undefined});
	}

	close(): void {
		this.#closed = true;
		this.#watch?.close();
	}

	#request(request: Request): void {
		if (this.#closed) {
			return;
		}

		if (this.#running) {
			// A reload by hand stays one (it reports); touched files add up.
			const queued = this.#queued;
			this.#queued = queued === undefined
				? request
				: {touched: queued.touched === undefined || request.touched === undefined ? undefined : new Set([...queued.touched, ...request.touched])};
			return;
		}

		this.#running = true;
		void this.#run(request).finally(() => {
			this.#running = false;
			const next = this.#queued;
			this.#queued = undefined;
			if (next !== undefined) {
				this.#request(next);
			}
		});
	}

	async #run({touched}: Request): Promise<void> {
		const byHand = touched === undefined;
		const shown = this.#shown;
		let loaded: Archive | undefined;
		try {
			loaded = await this.#source.reload(shown, touched);
		} catch (error) {
			if (!this.#closed) {
				this.#note(`could not reload: ${sanitizeLine(error instanceof Error ? error.message : String(error))}`);
			}

			return;
		}

		if (this.#closed) {
			return;
		}

		if (loaded === undefined) {
			if (byHand) {
				this.#note(reloadNote({added: 0, changed: 0, removed: 0}));
			}

			return;
		}

		const outcome = compareReloaded(shown, loaded, touched);
		const nothing = outcome.added + outcome.changed + outcome.removed === 0;
		if (!(nothing && sameFiles(shown, loaded))) {
			this.#shown = outcome.archive;
			this.#show(outcome.archive);
		}

		if (byHand || !nothing) {
			this.#note(reloadNote(outcome));
		}
	}
}
