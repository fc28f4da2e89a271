import {cpSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {repoRoot} from './archives.js';

const entries = new Map<string, string>();

/**
The built reader, copied once per bench run into a folder of its own: others rebuild dist/ in
the shared work tree at any time, and a rebuild mid-run replaces the chunks a start imports.
The copy keeps the layout the shim and the CLI rely on (bin/, dist/, posts/, package.json).
`dist` names another build (e.g. one made before a change, to compare both in one session).
*/
export function readerEntry(dist = join(repoRoot, 'dist')): string {
	const from = resolve(dist);
	let entry = entries.get(from);
	if (entry === undefined) {
		const root = mkdtempSync(join(tmpdir(), 'blog-reader-build-'));
		cpSync(from, join(root, 'dist'), {recursive: true});
		cpSync(join(repoRoot, 'bin'), join(root, 'bin'), {recursive: true});
		cpSync(join(repoRoot, 'package.json'), join(root, 'package.json'));
		symlinkSync(join(repoRoot, 'posts'), join(root, 'posts'));
		process.once('exit', () => {
			rmSync(root, {recursive: true, force: true});
		});
		entry = join(root, 'bin', 'blog-reader.js');
		entries.set(from, entry);
	}

	return entry;
}
