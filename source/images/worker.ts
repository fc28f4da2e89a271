import {parentPort} from 'node:worker_threads';
import {previewFile, type PreviewRequest, type PreviewResult} from './preview.js';

/** The image thread: decoding a large JPEG takes long enough to delay keys on the main thread. */

export type PreviewMessage = PreviewRequest & {readonly id: number};
export type PreviewReply = PreviewResult & {readonly id: number};

parentPort!.on('message', (request: PreviewMessage) => {
	parentPort!.postMessage({...previewFile(request), id: request.id} satisfies PreviewReply);
});
