/**
A stdin for ink that holds keys back until `release`: while the first frame is only a picture of
the list (drawn from the catalog's head, its first posts), a key such as G would act on those
posts alone and stay there once the whole list replaced them. Held keys are kept in order and
reach ink the moment the whole list is shown (a tenth of a second at 10k posts); none is lost.
*/
import {streamWith} from '../../output/stream-with.js';

export interface HeldInput {
	readonly stdin: NodeJS.ReadStream;
	/** Lets keys through from now on, those typed meanwhile first. Idempotent. */
	readonly release: () => void;
}

export function heldInput(stdin: NodeJS.ReadStream): HeldInput {
	let holding = true;
	// Keys read while holding are kept here, not left in the stream: ink turns raw mode off and on
	// as the list is replaced, and a stream switched back to flowing drops what it buffered.
	const queue: unknown[] = [];
	const readStream = stdin.read as (...a: unknown[]) => unknown;
	const read = (...arguments_: unknown[]): unknown => {
		if (holding) {
			for (let chunk = readStream.apply(stdin, arguments_); chunk !== null; chunk = readStream.apply(stdin, arguments_)) {
				queue.push(chunk);
			}

			return null;
		}

		return queue.length > 0 ? queue.shift() : readStream.apply(stdin, arguments_);
	};

	return {
		stdin: streamWith(stdin, {read}),
		release() {
			if (!holding) {
				return;
			}

			holding = false;
			// Ink is told anew that there are keys, once the frame's effects (its raw mode) have run.
			setImmediate(() => {
				if (queue.length > 0 || stdin.readableLength > 0) {
					stdin.emit('readable');
				}
			});
		},
	};
}
