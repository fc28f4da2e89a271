import {appendFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const log = join(tmpdir(), `blog-reader-loads-${process.pid}.log`);

export async function load(url, context, next) {
	appendFileSync(log, `${url}\n`);
	return next(url, context);
}
