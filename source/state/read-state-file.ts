import {realpathSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {readJsonFile, removeStaleTemps, writeJsonFile} from './json-file.js';
import {keyedFileName, stateDirs} from './paths.js';
import {emptyReadState, mergeReadStates, readStateFromJson, readStateToJson, type ReadState} from './read-state.js';

/**
The read state of one archive on disk: one file per archive in the state folder, named for the
archive's real root (a link to the folder or another spelling of its path is the same archive).
Never inside the archive.
*/
export interface ReadStateFile {
	readonly file: string;
	/** The state as stored; empty when there is none, or when the file is damaged (said once). */
	load(): ReadState;
	/**
	Writes `state` merged with what is on disk now (another reader may have written since), entry
	by entry, the newer winning; resolves the merged state. A damaged file is replaced. A folder
	that cannot be written is said once; the reader goes on without saving.
	*/
	save(state: ReadState): ReadState;
}

export interface ReadStateFileOptions {
	readonly env?: NodeJS.ProcessEnv;
	/** One line, without the `blog-reader: ` prefix. */
	readonly onWarning?: (message: string) => void;
}

/** The archive's key: its real path, so `./blog`, `~/blog` and a link to it share one state. */
export function archiveKey(root: string): string {
	try {
		return realpathSync(root);
	} catch {
		return resolve(root);
	}
}

export function readStateFileFor(root: string, options: ReadStateFileOptions = {}): ReadStateFile {
	const archive = archiveKey(root);
	const file = join(stateDirs(options.env).state, 'read', keyedFileName(archive));
	let warned = false;
	let cannotWrite = false;
	const warn = (message: string): void => {
		if (!warned) {
			warned = true;
			options.onWarning?.(message);
		}
	};

	const read = (): ReadState | undefined => {
		// Any JSON is taken here: readStateFromJson says what is wrong with it.
		const result = readJsonFile(file, (_value): _value is unknown => true);
		if (result.kind === 'missing') {
			return emptyReadState;
		}

		const state = result.kind === 'ok' ? readStateFromJson(result.value, archive) : result.reason;
		if (typeof state === 'string') {
			warn(`ignored the read state ${file}: ${state} (it is replaced on the next save)`);
			return undefined;
		}

		return state;
	};

	return {
		file,
		load() {
			// A save killed midway leaves only a temp file beside this one: tidied here, once a session.
			removeStaleTemps(file);
			return read() ?? emptyReadState;
		},
		save(state) {
			const onDisk = read();
			const merged = onDisk === undefined ? state : mergeReadStates(onDisk, state);
			if (cannotWrite) {
				return merged;
			}

			try {
				writeJsonFile(file, readStateToJson(merged, archive));
			} catch (error) {
				cannotWrite = true;
				options.onWarning?.(`cannot save the read state in ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
			}

			return merged;
		},
	};
}

/**
For the commands: whether a post was read, the file read on the first question (only a query
with `is:read` asks), never written.
*/
export function readStateLookup(root: string, onWarning?: (message: string) => void, env?: NodeJS.ProcessEnv): (slug: string) => boolean {
	let state: ReadState | undefined;
	return slug => {
		state ??= readStateFileFor(root, {env, onWarning}).load();
		return state.posts.get(slug)?.read === true;
	};
}
