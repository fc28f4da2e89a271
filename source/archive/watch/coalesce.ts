/**
Many file events, one reload: an editor's save is a burst (a temp file, a rename, a change of
times), a `git pull` hundreds. Events are collected until none came for `quietMs`, or `maxWaitMs`
after the first, whichever is sooner, then handed over at once. Pure but for the timers it is
given, so its timing is tested without waiting.
*/
export interface Timers {
	readonly set: (callback: () => void, ms: number) => unknown;
	readonly clear: (handle: unknown) => void;
}

const realTimers: Timers = {
	set(callback, ms) {
		const handle = setTimeout(callback, ms);
		// A pending reload never keeps the process alive after the reader closed.
		handle.unref();
		return handle;
	},
	clear(handle) {
		clearTimeout(handle as NodeJS.Timeout);
	},
};

export interface CoalesceOptions {
	/** Quiet time that ends a burst. */
	readonly quietMs?: number;
	/** The longest a burst is held, so a steady stream of events still reloads now and then. */
	readonly maxWaitMs?: number;
	readonly timers?: Timers;
}

export class Coalescer<T> {
	readonly #flush: (items: ReadonlySet<T>) => void;
	readonly #quietMs: number;
	readonly #maxWaitMs: number;
	readonly #timers: Timers;
	#items = new Set<T>();
	#quiet: unknown;
	#deadline: unknown;
	#stopped = false;

	constructor(flush: (items: ReadonlySet<T>) => void, {quietMs = 200, maxWaitMs = 600, timers = realTimers}: CoalesceOptions = {}) {
		this.#flush = flush;
		this.#quietMs = quietMs;
		this.#maxWaitMs = maxWaitMs;
		this.#timers = timers;
	}

	/** Whether events are waiting to be handed over. */
	get pending(): boolean {
		return this.#items.size > 0;
	}

	add(item: T): void {
		if (this.#stopped) {
			return;
		}

		this.#items.add(item);
		if (this.#quiet !== undefined) {
			this.#timers.clear(this.#quiet);
		}

		this.#quiet = this.#timers.set(() => {
			this.flush();
		}, this.#quietMs);
		this.#deadline ??= this.#timers.set(() => {
			this.flush();
		}, this.#maxWaitMs);
	}

	/** Hands over what is waiting now (nothing when nothing is). */
	flush(): void {
		this.#cancelTimers();
		if (this.#items.size === 0 || this.#stopped) {
			return;
		}

		const items = this.#items;
		this.#items = new Set();
		this.#flush(items);
	}

	/** Drops what is waiting and takes no more: the reader is closing. */
	stop(): void {
		this.#stopped = true;
		this.#cancelTimers();
		this.#items = new Set();
	}

	#cancelTimers(): void {
		if (this.#quiet !== undefined) {
			this.#timers.clear(this.#quiet);
			this.#quiet = undefined;
		}

		if (this.#deadline !== undefined) {
			this.#timers.clear(this.#deadline);
			this.#deadline = undefined;
		}
	}
}
