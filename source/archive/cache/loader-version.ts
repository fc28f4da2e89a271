import {codeStamp} from '../../state/code-stamp.js';

/** Bump when the loader reads any field differently, so older indexes are rebuilt. */
// 3: section pages, template-only pages, redirect stubs and READMEs are no longer posts.
// 4: an AsciiDoc revision line that is only a date (`2014-12-15`) is the post's date.
const loaderRevision = 4;

/**
The loader's revision, plus the stamp of the code that runs (see codeStamp): a new build or
install (which may read posts differently even when nobody bumped the revision) starts afresh.
*/
export function loaderVersion(): string {
	return `${loaderRevision}:${codeStamp(import.meta.url)}`;
}
