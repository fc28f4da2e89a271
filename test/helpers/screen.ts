import type xterm from '@xterm/headless';

export type ScreenCheck = string | RegExp | ((screen: string) => boolean);

/** The visible rows of a headless terminal, right-trimmed: what a person sees now. */
export function visibleRows(term: xterm.Terminal): string[] {
	const buffer = term.buffer.active;
	const rows: string[] = [];
	for (let y = 0; y < term.rows; y++) {
		rows.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
	}

	return rows;
}

/**
Polls a terminal until its screen passes `what`; resolves the screen text. Each poll first lets
the terminal parse what has arrived, so a check never sees half a frame.
*/
export async function waitForScreen(term: xterm.Terminal, what: ScreenCheck, timeout = 20_000): Promise<string> {
	const matches = typeof what === 'function' ? what : (text: string) => (typeof what === 'string' ? text.includes(what) : what.test(text));
	const deadline = Date.now() + timeout;
	for (;;) {
		// eslint-disable-next-line no-await-in-loop -- polling the screen is the point
		await new Promise<void>(resolve => {
			term.write('', resolve);
		});
		const text = visibleRows(term).join('\n');
		if (matches(text)) {
			return text;
		}

		if (Date.now() > deadline) {
			throw new Error(`timed out waiting for ${String(what)}; screen:\n${text}`);
		}

		// eslint-disable-next-line no-await-in-loop
		await new Promise(resolve => {
			setTimeout(resolve, 20);
		});
	}
}
