import {Worker} from 'node:worker_threads';
import type {PreviewRequest, PreviewResult} from './preview.js';
import type {PreviewMessage, PreviewReply} from './worker.js';

/**
Previews made off the main thread: one image thread, started when the first image is asked for
and ended when it goes past its budget (a decoder stuck on a hostile file), so the next image
gets a fresh one. Without a thread script (tests, tools) the preview is made on this thread,
loaded only then.
*/

export type Previewer = ((request: PreviewRequest) => Promise<PreviewResult>) & {
	/** Ends the image thread: its stdio streams would otherwise keep the process alive after the reader closed. */
	readonly close?: () => void;
};

export interface PreviewBudget {
	readonly timeMs: number;
	readonly memoryMb: number;
}

const defaultBudget: PreviewBudget = {timeMs: 10_000, memoryMb: 512};

export function createPreviewer(script: URL | undefined, budget: PreviewBudget = defaultBudget): Previewer {
	if (script === undefined) {
		return async request => (await import('./preview.js')).previewFile(request);
	}

	let worker: Worker | undefined;
	let nextId = 1;
	const waiting = new Map<number, {resolve: (result: PreviewResult) => void; timer: NodeJS.Timeout}>();
	const lose = (gone: Worker, reason: string): void => {
		if (worker !== gone) {
			return;
		}

		worker = undefined;
		void gone.terminate();
		for (const [id, job] of waiting) {
			clearTimeout(job.timer);
			waiting.delete(id);
			job.resolve({error: reason});
		}
	};

	const thread = (): Worker => {
		if (worker === undefined) {
			const started = new Worker(script, {execArgv: [], stdout: true, stderr: true, resourceLimits: {maxOldGenerationSizeMb: budget.memoryMb}});
			started.stdout.resume();
			started.stderr.resume();
			started.on('message', (reply: PreviewReply) => {
				const job = waiting.get(reply.id);
				if (job) {
					clearTimeout(job.timer);
					waiting.delete(reply.id);
					job.resolve('lines' in reply ? {lines: reply.lines, ...(reply.graphic === undefined ? {} : {graphic: reply.graphic})} : {error: reply.error});
				}

				// An idle thread never keeps the reader from exiting.
				if (waiting.size === 0) {
					started.unref();
				}
			});
			started.on('error', (error: Error & {code?: string}) => {
				lose(started, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `the image needed over ${budget.memoryMb} MB to decode` : `the decoder failed: ${error.message}`);
			});
			started.on('exit', () => {
				lose(started, 'the decoder stopped');
			});
			worker = started;
		}

		return worker;
	};

	const preview = async (request: PreviewRequest): Promise<PreviewResult> => new Promise(resolve => {
		const id = nextId++;
		const current = thread();
		const timer = setTimeout(() => {
			lose(current, `the image took over ${Math.round(budget.timeMs / 1000)} s to decode`);
		}, budget.timeMs);
		timer.unref();
		waiting.set(id, {resolve, timer});
		current.ref();
		current.postMessage({...request, id} satisfies PreviewMessage);
	});
	return Object.assign(preview, {
		close() {
			if (worker !== undefined) {
				lose(worker, 'the reader closed');
			}
		},
	});
}
