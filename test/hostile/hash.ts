import {createHash} from 'node:crypto';
import {lstatSync, readFileSync, readdirSync, readlinkSync} from 'node:fs';

/**
A hash of every name, link target, mode, modification time and byte under a folder, links not
followed. Names are taken as bytes, so names that are not UTF-8 are hashed (and reached) too.
*/
export function hashFolder(dir: string): string {
	const hash = createHash('sha256');
	const visit = (folder: Buffer): void => {
		const names = readdirSync(folder, {encoding: 'buffer'}).sort(Buffer.compare);
		for (const name of names) {
			const path = Buffer.concat([folder, Buffer.from('/'), name]);
			const stats = lstatSync(path);
			hash.update(Buffer.concat([path, Buffer.from(`\0${stats.mode}\0${stats.mtimeMs}\0${stats.size}\0`)]));
			if (stats.isSymbolicLink()) {
				hash.update(readlinkSync(path, {encoding: 'buffer'}));
			} else if (stats.isDirectory()) {
				visit(path);
			} else {
				hash.update(readFileSync(path));
			}
		}
	};

	visit(Buffer.from(dir));
	return hash.digest('hex');
}
