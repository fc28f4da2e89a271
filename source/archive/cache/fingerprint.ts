import {settledAfterMs} from './next-catalog.js';
import type {Stamp} from '../scan/walk.js';
import {sha256Hex} from '../../state/crypto.js';

/**
What a load saw of its files, for caches built from them (the search index): a digest of every
post file's path, size and time, sorted, plus the identity of the index cache (root, layout,
loader). None when a file had no stamp or changed moments ago: such a file may change again
without its size or time changing, and a cache keyed to it could answer stale.
*/
export class Fingerprint {
	readonly #files: string[] = [];
	#unsure = false;

	add(path: string, stamp: Stamp | undefined, now: number): void {
		if (stamp === undefined || now - stamp.mtimeMs < settledAfterMs) {
			this.#unsure = true;
			return;
		}

		this.#files.push(`${path}\0${stamp.size}\0${stamp.mtimeMs}`);
	}

	digest(identity: string): string | undefined {
		if (this.#unsure) {
			return undefined;
		}

		return sha256Hex(`${identity}${this.#files.sort().map(file => `\n${file}`).join('')}`);
	}
}
