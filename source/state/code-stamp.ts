import {statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

// Set by scripts/build.js to a hash of the sources and the lock file; absent when run from source.
declare const BLOG_READER_BUILD: string | undefined;

const stamps = new Map<string, string>();

/**
What a file of ours made by this code is tied to: the build's hash of the sources and locked
dependencies, so any other build or release (whose files npm gives one fixed time) starts
afresh. Run from source (tests), the size and time of `moduleUrl`'s file stand in for it.
*/
export function codeStamp(moduleUrl: string): string {
	if (typeof BLOG_READER_BUILD === 'string') {
		return BLOG_READER_BUILD;
	}

	let stamp = stamps.get(moduleUrl);
	if (stamp === undefined) {
		try {
			const stats = statSync(fileURLToPath(moduleUrl));
			stamp = `${stats.size}:${Math.trunc(stats.mtimeMs)}`;
		} catch {
			stamp = '';
		}

		stamps.set(moduleUrl, stamp);
	}

	return stamp;
}
