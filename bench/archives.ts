import {existsSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {type ArchiveKind, generateArchive} from './generate.js';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The synthetic archive of `count` posts under bench/archives/ (git-ignored), generated once. */
export function archiveOf(name: string, count: number, kind: ArchiveKind = 'worst'): string {
	const dir = join(repoRoot, 'bench', 'archives', name);
	// The loader reads post files only, so the marker never shows up as a post.
	const marker = join(dir, '.complete');
	if (existsSync(marker)) {
		return dir;
	}

	// A folder cut short by an interrupted run is generated again; the same count gives the same files.
	if (postFiles(dir) !== count) {
		rmSync(dir, {recursive: true, force: true});
		process.stderr.write(`bench: generating ${count} posts in ${dir}\n`);
		generateArchive(dir, count, 1, kind);
	}

	writeFileSync(marker, '');
	return dir;
}

function postFiles(dir: string): number {
	if (!existsSync(dir)) {
		return 0;
	}

	return readdirSync(dir, {recursive: true}).filter(name => String(name).endsWith('.md')).length;
}
