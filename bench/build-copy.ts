import {cpSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {repoRoot} from './archives.js';

let entry: string | undefined;

/**
The built reader, copied once per bench run into a folder of its own: others rebuild dist/ in
the shared work tree at any time, and a rebuild mid-run replaces the chunks a start imports.
The copy keeps the layout the shim and the CLI rely on (bin/, dist/, posts/, package.json).
*/
export function readerEntry(): string {
	if (entry === undefined) {
		const root = mkdtempSync(join(tmpdir(), 'blog-reader-build-'));
		cpSync(join(repoRoot, 'dist'), join(root, 'dist'), {recursive: true});
		cpSync(join(repoRoot, 'bin'), join(root, 'bin'), {recursive: true});
		cpSync(join(repoRoot, 'package.json'), join(root, 'package.json'));
		symlinkSync(join(repoRoot, 'posts'), join(root, 'posts'));
		process.once('exit', () => {
			rmSync(root, {recursive: true, force: true});
		});
		entry = join(root, 'bin', 'blog-reader.js');
	}

	return entry;
}
