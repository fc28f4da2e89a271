import {Worker} from 'node:worker_threads';
import type {Skipped} from '../post.js';

export interface CheckRequest {
	readonly dir: string;
	readonly drafts?: boolean;
	readonly cache?: boolean;
}

export interface CheckReport {
	/** The archive's fingerprint as its files are now; undefined without the index cache. */
	readonly fingerprint: string | undefined;
	readonly warnings: readonly string[];
	readonly skipped: readonly Skipped[];
}

/**
Loads the archive on a worker thread (`worker`: the built check-worker.js) and reports its
fingerprint, so the reader's main thread stays free for keys while every file is looked at
(~0.3 s at 10,000 posts). Posts cannot cross threads cheaply (their bodies load lazily), so a
changed archive is loaded again where it is shown; an unchanged one, the usual case, never is.
Resolves undefined when the worker cannot run or fails: the caller then checks on its own thread.
*/
export async function checkInWorker(worker: URL, request: CheckRequest): Promise<CheckReport | undefined> {
	return new Promise(resolve => {
		let thread: Worker;
		try {
			// No inherited node flags (a loader given to the parent, say): the worker needs none.
			thread = new Worker(worker, {workerData: request, stdout: true, stderr: true, execArgv: []});
		} catch {
			resolve(undefined);
			return;
		}

		// Quitting the reader must not wait for a check nobody will see.
		thread.unref();
		let report: CheckReport | undefined;
		thread.once('message', (message: CheckReport) => {
			report = message;
		});
		thread.once('error', () => {
			resolve(undefined);
		});
		thread.once('exit', () => {
			resolve(report);
		});
	});
}
