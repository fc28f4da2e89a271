import {realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import {isInside} from '../archive/scan/inside.js';

/**
Finds a post's image on disk, where the archive holds it: a path relative to the post, a path
from the site's root, or the blog's own URL mapped onto the site's asset folders (Hugo
`static/`, Zola `static/`, Jekyll and JBake `assets/`). Nothing is ever fetched; a file outside
the site is never named.
*/

export interface ImagePlaces {
	/** The post's own file. */
	readonly postFile: string;
	/** The site's root: nothing outside it is named. */
	readonly siteRoot: string;
	readonly baseUrl?: string;
}

const assetFolders = ['', 'static', 'assets', 'public', 'content', 'images'];

function pathOnSite(source: string, baseUrl: string | undefined): string | undefined {
	if (/^[a-z][a-z\d+.-]*:/i.test(source) || source.startsWith('//')) {
		if (!baseUrl) {
			return undefined;
		}

		try {
			const url = new URL(source, 'http://x/');
			const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
			if (url.host !== base.host) {
				return undefined;
			}

			return url.pathname.startsWith(base.pathname) ? `/${url.pathname.slice(base.pathname.length)}` : url.pathname;
		} catch {
			return undefined;
		}
	}

	return source.startsWith('/') ? source : undefined;
}

function candidates(source: string, places: ImagePlaces): string[] {
	const clean = source.split(/[?#]/)[0]!;
	let decoded = clean;
	try {
		decoded = decodeURI(clean);
	} catch {
		// A malformed escape: look the path up as written.
	}

	const fromSite = pathOnSite(decoded, places.baseUrl);
	if (fromSite !== undefined) {
		// `/blog/img/x.jpg` may also live as `assets/img/x.jpg`: the first folder is often the base path.
		const trimmed = fromSite.replace(/^\/[^/]+(?=\/)/, '');
		return [...new Set([fromSite, trimmed])].flatMap(rest => assetFolders.map(folder => path.join(places.siteRoot, folder, rest)));
	}

	if (/^[a-z][a-z\d+.-]*:/i.test(decoded)) {
		return [];
	}

	return [path.resolve(path.dirname(places.postFile), decoded)];
}

// The site's real root, asked of the disk once per site rather than once per image.
const realRoots = new Map<string, string | undefined>();

function realRoot(siteRoot: string): string | undefined {
	if (!realRoots.has(siteRoot)) {
		try {
			realRoots.set(siteRoot, realpathSync(siteRoot));
		} catch {
			realRoots.set(siteRoot, undefined);
		}
	}

	return realRoots.get(siteRoot);
}

/** The image's file, or undefined when the archive does not hold it. */
export function findImageFile(source: string, places: ImagePlaces): string | undefined {
	const root = realRoot(places.siteRoot);
	if (root === undefined) {
		return undefined;
	}

	for (const candidate of candidates(source, places)) {
		try {
			const real = realpathSync(candidate);
			if (isInside(root, real) && statSync(real).isFile()) {
				return real;
			}
		} catch {
			// Unreadable or gone: try the next place the image may be.
		}
	}

	return undefined;
}
