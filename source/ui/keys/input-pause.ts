/**
When the person last typed, for work that can wait for a pause in the keys: the watch's first
walk of the folders reads thousands of entries, and the first search typed right after a start
used to share the thread with it.
*/
import {setTimeout as sleep} from 'node:timers/promises';

/** No key for this long counts as a pause; shorter than a person's usual wait between searches. */
const pauseMs = 400;

export class InputPause {
	#lastInput = Number.NEGATIVE_INFINITY;

	/** A key (or any input) arrived. */
	readonly noteInput = (): void => {
		this.#lastInput = performance.now();
	};

	/** Resolves once no input came for `pauseMs`; at once when none came lately. */
	readonly wait = async (): Promise<void> => {
		for (let quiet = performance.now() - this.#lastInput; quiet < pauseMs; quiet = performance.now() - this.#lastInput) {
			await sleep(pauseMs - quiet, undefined, {ref: false});
		}
	};
}
