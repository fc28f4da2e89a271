/**
A stdin for ink that holds keys back until `release`: while the first frame is only a picture of
the list (drawn from the catalog's head, its first posts), a key such as G would act on those
posts alone and stay there once the whole list replaced them. Held keys stay in stdin's own
buffer, in order, and reach ink the moment the whole list is shown (a tenth of a second at 10k
posts); none is lost.
*/
import {streamWith} from '../../output/stream-with.js';

export interface HeldInput {
	readonly stdin: NodeJS.ReadStream;
	/** Lets keys through from now on, those typed meanwhile first. Idempotent. */
	readonly release: () => void;
}

export function heldInput(stdin: NodeJS.ReadStream): HeldInput {
	let holding = true;
	// Nothing is read from the stream while holding, so its buffer keeps every key typed.
	const read = (...arguments_: unknown[]): unknown => (holding ? null : (stdin.read as (...a: unknown[]) => unknown)(...arguments_));
	const proxy = streamWith(stdin, {read});
	return {
		stdin: proxy,
		release() {
			if (!holding) {
				return;
			}

			holding = false;
			// The stream told ink once that it had keys, and waits for them to be read before it
			// tells again: ink is told anew, so it reads what was held.
			if (stdin.readableLength > 0) {
				stdin.emit('readable');
			}
		},
	};
}
