import {type PostFields, postFieldsAt, postFromFields} from './post-fields.js';
import type {FileOutcome} from '../posts/parse-file.js';
import type {Stamp} from '../scan/walk.js';
import type {CatalogFile} from './catalog-format.js';

/** The index as last written, looked up by path. */
export class PreviousCatalog {
	#rows: Map<string, number> | undefined;
	// Files are walked in the order they were written, so the next row is usually the one.
	#expected = 0;

	constructor(readonly file: CatalogFile) {}

	/** How many files it holds. */
	get size(): number {
		return this.file.files.path.length;
	}

	/** The row of a file whose size and time are as they were, or -1 when it must be read. */
	find(path: string, stamp: Stamp): number {
		const paths = this.file.files.path;
		const row = paths[this.#expected] === path ? this.#expected : this.#rowOf(path);
		if (row === undefined) {
			return -1;
		}

		this.#expected = row + 1;
		const {size, mtimeMs} = this.file.files;
		return size[row] === stamp.size && mtimeMs[row] === stamp.mtimeMs ? row : -1;
	}

	/** Built on the first miss: when nothing moved, the walk meets the rows in order. */
	#rowOf(path: string): number | undefined {
		if (!this.#rows) {
			this.#rows = new Map();
			const paths = this.file.files.path;
			for (let row = 0; row < paths.length; row++) {
				this.#rows.set(paths[row]!, row);
			}
		}

		return this.#rows.get(path);
	}

	/** What the file of a row was, as if it had just been read; its body is read on first use. */
	outcome(row: number, path: string, file: string): FileOutcome {
		const post = this.file.files.post[row]!;
		if (post >= 0) {
			return {kind: 'post', post: this.post(post, path, file)};
		}

		const skip = this.file.files.skip[row];
		return skip === null || skip === undefined ? {kind: 'none'} : {kind: 'skip', reason: skip, lasting: true};
	}

	/** The post of a post row, with the file's own slug; its body is read on first use. */
	post(post: number, path: string, file: string): ReturnType<typeof postFromFields> {
		// The index belongs to the archive's real root: bodies are read only from inside it.
		return postFromFields(this.fieldsOfPostRow(post), path, file, this.file.root);
	}

	/** The post fields of a row, or undefined when its file is not a post. */
	fields(row: number): PostFields | undefined {
		const post = this.file.files.post[row]!;
		return post < 0 ? undefined : this.fieldsOfPostRow(post);
	}

	fieldsOfPostRow(post: number): PostFields {
		return postFieldsAt(this.file.posts, post);
	}
}
