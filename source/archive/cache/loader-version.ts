import {statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** Bump when the loader reads any field differently, so older indexes are rebuilt. */
// 3: section pages, template-only pages, redirect stubs and READMEs are no longer posts.
// 4: an AsciiDoc revision line that is only a date (`2014-12-15`) is the post's date.
const loaderRevision = 4;

let version: string | undefined;

/**
The loader's revision, plus the size and time of the file this code runs from: a new build or
install (which may read posts differently even when nobody bumped the revision) starts afresh.
*/
export function loaderVersion(): string {
	if (version === undefined) {
		try {
			const stats = statSync(fileURLToPath(import.meta.url));
			version = `${loaderRevision}:${stats.size}:${Math.trunc(stats.mtimeMs)}`;
		} catch {
			version = String(loaderRevision);
		}
	}

	return version;
}
