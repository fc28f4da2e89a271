import envPaths from 'env-paths';
import {sha256Hex} from './crypto.js';

/**
Where blog-reader keeps its own files: never inside an archive. BLOG_READER_STATE_DIR moves
them all (tests, and people who keep dotfiles elsewhere).
*/
export function stateDirs(env: NodeJS.ProcessEnv = process.env): {readonly cache: string; readonly state: string} {
	const override = env['BLOG_READER_STATE_DIR'];
	if (override) {
		return {cache: `${override}/cache`, state: `${override}/state`};
	}

	const paths = envPaths('blog-reader', {suffix: ''});
	return {cache: paths.cache, state: paths.log};
}

/**
A file name for something known by a key that may be any path: a hash, so odd characters,
length limits and case-insensitive file systems do not matter.
*/
export function keyedFileName(key: string, extension = '.json'): string {
	return sha256Hex(key).slice(0, 32) + extension;
}
