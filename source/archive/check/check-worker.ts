import {parentPort, workerData} from 'node:worker_threads';
import {loadArchive} from '../load.js';
import type {Skipped} from '../post.js';
import type {CheckReport, CheckRequest} from './check-in-worker.js';

// The reader's check of every file, on a thread of its own: the same load the command line does,
// answering only with what the main thread needs to decide whether its list still holds.
const {dir, drafts, cache} = workerData as CheckRequest;
const warnings: string[] = [];
const skipped: Skipped[] = [];
const archive = loadArchive(dir, {
	drafts,
	cache,
	onWarning(message) {
		warnings.push(message);
	},
	onSkip(entry) {
		skipped.push(entry);
	},
});
const report: CheckReport = {fingerprint: archive.fingerprint, warnings, skipped};
parentPort?.postMessage(report);
