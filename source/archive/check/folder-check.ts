import {resolve} from 'node:path';
import {catalogFileFor} from '../cache/catalog-file.js';
import {folderStampsFileFor, type UnchangedFolders, unchangedFolders} from '../cache/folder-stamps.js';
import {layoutKey} from '../cache/layout-key.js';
import {loaderVersion} from '../cache/loader-version.js';
import {realOrSelf} from '../scan/scan.js';
import {detectSite} from '../site/site.js';

/**
The check of an archive by its folders' times alone (see folder-stamps.ts for what it cannot
see), a few milliseconds where a stat of every file takes a worker thread a second: undefined when no settled load kept them, or a folder changed, and every file must be looked at.
*/
export async function checkByFolders(dir: string): Promise<UnchangedFolders | undefined> {
	try {
		const root = resolve(dir);
		const realRoot = realOrSelf(root);
		const identity = {root: realRoot, layout: layoutKey(root, detectSite(root, () => undefined)), loader: loaderVersion()};
		return await unchangedFolders(folderStampsFileFor(catalogFileFor(realRoot)), identity);
	} catch {
		return undefined;
	}
}
