import {Worker} from 'node:worker_threads';
import {plainDocument} from './plain-document.js';
import {renderable, type RenderablePost} from './post-data.js';
import type {RenderedDocument, RenderOptions} from './render.js';
import type {RenderReply, RenderRequest} from './worker.js';
import type {Post} from '../archive/post.js';

/**
Rendering within a budget, off the main thread. A post renders on a worker thread with a memory
limit and a time limit; the main thread stays free for keys and signals whatever the post holds.
A post over budget is shown as far as it was rendered (the head of a long post), or else as its
text without styling, with a one-line notice; nothing is lost silently.
*/

export interface Budget {
	/** Wall time for one post, in milliseconds. */
	readonly timeMs: number;
	/** The render thread's heap, in megabytes. */
	readonly memoryMb: number;
}

// Generous: a 7 MB post of styled Markdown takes ~8 s here, and its first screen shows long before.
export const defaultBudget: Budget = {timeMs: 20_000, memoryMb: 1024};

export interface RenderCall {
	/** Send the head of a long post first (see first-screen.ts). */
	readonly onPartial?: (document: RenderedDocument) => void;
	/** Aborted: the result is no longer wanted, and a render under way is stopped. */
	readonly signal?: AbortSignal;
}

interface Job {
	readonly id: number;
	readonly post: RenderablePost;
	readonly options: RenderOptions;
	readonly call: RenderCall;
	readonly resolve: (document: RenderedDocument) => void;
	readonly reject: (error: Error) => void;
	partial?: RenderedDocument;
	timer?: NodeJS.Timeout;
}

const overTime = (budget: Budget) => `this post took over ${Math.round(budget.timeMs / 1000)} s to render`;
const overMemory = (budget: Budget) => `this post needed over ${budget.memoryMb} MB to render`;

export class RenderThread {
	private worker: Worker | undefined;
	private active: Job | undefined;
	private readonly queue: Job[] = [];
	private nextId = 1;

	constructor(private readonly script: URL, private readonly budget: Budget = defaultBudget) {}

	render(post: Post | RenderablePost, options: RenderOptions, call: RenderCall = {}): Promise<RenderedDocument> {
		return new Promise((resolve, reject) => {
			const job: Job = {id: this.nextId++, post: renderable(post as Post), options, call, resolve, reject};
			call.signal?.addEventListener('abort', () => {
				this.abandon(job);
			}, {once: true});
			this.queue.push(job);
			this.pump();
		});
	}

	/** Starts the thread now, so it loads the renderer while the caller does other work. */
	warm(): void {
		this.thread().unref();
	}

	/** Ends the thread; renders under way resolve as plain text. */
	close(): void {
		const worker = this.worker;
		this.worker = undefined;
		void worker?.terminate();
	}

	private thread(): Worker {
		if (!this.worker) {
			// No inherited node flags (a loader given to the parent, say): the thread needs none.
			const worker = new Worker(this.script, {
				execArgv: [],
				stdout: true,
				stderr: true,
				resourceLimits: {maxOldGenerationSizeMb: this.budget.memoryMb, maxYoungGenerationSizeMb: 64},
			});
			// What a library prints on the render thread (a stack dump, a warning) never reaches the screen.
			worker.stdout.resume();
			worker.stderr.resume();
			worker.on('message', (reply: RenderReply) => {
				this.answer(reply);
			});
			worker.on('error', (error: Error & {code?: string}) => {
				this.lost(worker, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? overMemory(this.budget) : `the renderer failed: ${error.message}`);
			});
			worker.on('exit', () => {
				this.lost(worker, 'the renderer stopped');
			});
			this.worker = worker;
		}

		return this.worker;
	}

	private pump(): void {
		while (!this.active && this.queue.length > 0) {
			const job = this.queue.shift()!;
			if (job.call.signal?.aborted) {
				continue;
			}

			this.active = job;
			const request: RenderRequest = {id: job.id, post: job.post, options: job.options, headFirst: Boolean(job.call.onPartial)};
			try {
				const worker = this.thread();
				// Held while it works (a pipe waits for it); an idle thread never keeps the process up.
				worker.ref();
				worker.postMessage(request);
			} catch (error) {
				this.active = undefined;
				job.reject(error instanceof Error ? error : new Error(String(error)));
				continue;
			}

			job.timer = setTimeout(() => {
				this.overBudget(overTime(this.budget));
			}, this.budget.timeMs);
			job.timer.unref();
		}
	}

	private answer(reply: RenderReply): void {
		const job = this.active;
		if (!job || job.id !== reply.id) {
			return;
		}

		if (reply.kind === 'partial') {
			job.partial = reply.document;
			job.call.onPartial?.(reply.document);
			return;
		}

		this.finish(job);
		if (reply.kind === 'done') {
			job.resolve(reply.document);
		} else {
			job.reject(new Error(reply.message));
		}
	}

	private finish(job: Job): void {
		clearTimeout(job.timer);
		if (this.active === job) {
			this.active = undefined;
			this.worker?.unref();
		}

		setImmediate(() => {
			this.pump();
		});
	}

	/** The active render went over its budget: the thread is ended and the job gets what there is. */
	private overBudget(reason: string): void {
		const job = this.active;
		const worker = this.worker;
		this.worker = undefined;
		void worker?.terminate();
		if (job) {
			this.finish(job);
			job.resolve(fallback(job, reason));
		}
	}

	/** The thread died (out of memory, a crash); one we ended ourselves is no longer `this.worker`. */
	private lost(worker: Worker, reason: string): void {
		if (this.worker === worker) {
			this.overBudget(reason);
		}
	}

	private abandon(job: Job): void {
		const index = this.queue.indexOf(job);
		if (index !== -1) {
			this.queue.splice(index, 1);
			return;
		}

		// The one under way is stopped: a post left behind must not hold up the next one.
		if (this.active === job) {
			const worker = this.worker;
			this.worker = undefined;
			void worker?.terminate();
			this.finish(job);
			job.reject(new Error('abandoned'));
		}
	}
}

function fallback(job: Job, reason: string): RenderedDocument {
	if (job.partial) {
		return {...job.partial, partial: false, notice: `${reason}: only its beginning is shown`};
	}

	return plainDocument(job.post, job.options, `${reason}: shown as plain text`);
}
