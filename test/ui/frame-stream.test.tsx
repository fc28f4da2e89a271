import './not-in-ci.js';
import assert from 'node:assert/strict';
import {EventEmitter} from 'node:events';
import {test} from 'node:test';
import {Box, Text, render} from 'ink';
import xterm from '@xterm/headless';
import {frameStream} from '../../source/ui/terminal/frame-stream.js';

// A terminal-like stdout whose bytes land in a headless xterm (a class, so `rows` stays live).
class ScreenStdout extends EventEmitter {
	readonly isTTY = true;
	readonly term: xterm.Terminal;

	constructor(readonly columns: number, readonly rows: number) {
		super();
		this.term = new xterm.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 0, convertEol: true});
	}

	write(data: string): boolean {
		this.term.write(data);
		return true;
	}

	async screen(): Promise<string[]> {
		await new Promise<void>(resolve => {
			this.term.write('', resolve);
		});
		const buffer = this.term.buffer.active;
		return Array.from({length: this.rows}, (_, y) => buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
	}
}

function Frame({lines, height}: {readonly lines: readonly string[]; readonly height: number}) {
	return (
		<Box flexDirection="column" height={height}>
			{lines.map((line, index) => <Text key={index}>{line === '' ? ' ' : line}</Text>)}
		</Box>
	);
}

const frames: ReadonlyArray<readonly string[]> = [
	['header', 'row one', '', 'row three', '', '', 'status'],
	['header', 'text A', 'text B', '', 'text D', 'text E', 'status'],
	['header', '', '', '', '', '', 'status'],
	['other header', 'x', '', 'y', '', 'z', 'other status'],
	['other header', 'x', 'changed', 'y', '', 'z', 'other status'],
];

test('frames drawn by ink 6.8 incremental rendering land on the rows they belong to', async () => {
	const rows = 8;
	const stdout = new ScreenStdout(40, rows);
	stdout.write('\u001B[?1049h\u001B[H');
	const instance = render(<Frame lines={frames[0] ?? []} height={rows - 1} />, {
		stdout: frameStream(stdout as unknown as NodeJS.WriteStream),
		stdin: Object.assign(new EventEmitter(), {isTTY: false}) as unknown as NodeJS.ReadStream,
		incrementalRendering: true,
		patchConsole: false,
		exitOnCtrlC: false,
		maxFps: 0,
	});
	try {
		for (const lines of [...frames, ...frames.toReversed()]) {
			instance.rerender(<Frame lines={lines} height={rows - 1} />);
			 
			const screen = await stdout.screen();
			assert.deepEqual(screen.slice(0, rows - 1).map(line => line.trim()), lines, `screen:\n${screen.join('\n')}`);
		}
	} finally {
		instance.unmount();
		await instance.waitUntilExit();
		instance.cleanup();
		stdout.term.dispose();
	}
});
