/**
Handing the terminal to another program: the post's file to `$VISUAL`/`$EDITOR`, the rendered
post to `$PAGER`, the post's source to a command typed at the `|` prompt. The child runs to its
end with the terminal released (main screen, cursor, line mode, no mouse reports) and the reader
takes the terminal back afterwards, whatever the child did: failed, missing, killed.

The child runs synchronously: while it does, the reader's event loop does not read the terminal,
so every key goes to the child. Commands are the user's own (environment variables, a typed
line) and run through `/bin/sh`, as editors and pagers are usually configured (`code -w`, `less -R`).
*/
import {spawnSync, type SpawnSyncOptions, type SpawnSyncReturns} from 'node:child_process';
import {basename} from 'node:path';
import {withoutImageRows} from '../../render/image-rows.js';
import type {Image} from '../../render/structure.js';

export interface Terminal {
	readonly release: () => void;
	readonly retake: (row?: number) => void;
}

export interface ChildSpec {
	/** A shell command line; `args` are passed to it as "$@". */
	readonly command: string;
	readonly args?: readonly string[];
	/** Given on the child's stdin (otherwise the child reads the terminal). */
	readonly input?: string | Buffer;
	/** Keep the child's stdout instead of letting it reach the terminal. */
	readonly capture?: boolean;
	/** Set in the child's environment, over the reader's own. */
	readonly env?: Readonly<Record<string, string>>;
}

export interface ChildOutcome {
	/** Exit status, or undefined when the child was killed or could not start. */
	readonly status: number | undefined;
	readonly signal: string | undefined;
	/** What it printed, when captured (stdout, then stderr). */
	readonly output: string;
	/** Its last line on stderr (or why it could not start), for the status line. */
	readonly complaint: string;
}

export type Spawn = (file: string, args: readonly string[], options: SpawnSyncOptions) => SpawnSyncReturns<Buffer>;

const outputLimit = 16 * 1024 * 1024;

function lastLine(text: string): string {
	return text.trimEnd().split('\n').at(-1)?.trim() ?? '';
}

/**
Runs a child with the terminal released and takes it back on `row` (where the reader's last
frame left the cursor). An interrupt (Ctrl-C in a pager) reaches the reader too, being in the
same process group: it is ignored until the signal has been delivered, after the child ends.
*/
export function runWithTerminal(terminal: Terminal, child: ChildSpec, row: number, spawn: Spawn = spawnSync as Spawn): ChildOutcome {
	const ignore = (): void => {};
	const signals = ['SIGINT', 'SIGQUIT'] as const;
	for (const signal of signals) {
		process.on(signal, ignore);
	}

	terminal.release();
	let result: SpawnSyncReturns<Buffer> | undefined;
	let failure = '';
	try {
		result = spawn('/bin/sh', ['-c', `${child.command} "$@"`, 'sh', ...(child.args ?? [])], {
			stdio: [child.input === undefined ? 'inherit' : 'pipe', child.capture ? 'pipe' : 'inherit', 'pipe'],
			input: child.input,
			maxBuffer: outputLimit,
			...(child.env === undefined ? {} : {env: {...process.env, ...child.env}}),
		});
	} catch (error) {
		failure = error instanceof Error ? error.message : String(error);
	} finally {
		terminal.retake(row);
		// A signal raised while the child ran is delivered on a later turn of the event loop.
		setTimeout(() => {
			for (const signal of signals) {
				process.off(signal, ignore);
			}
		}, 200).unref();
	}

	const stderr = result?.stderr?.toString('utf8') ?? '';
	const stdout = result?.stdout?.toString('utf8') ?? '';
	return {
		status: result?.status ?? undefined,
		signal: result?.signal ?? undefined,
		output: child.capture ? stdout + stderr : '',
		complaint: failure || (result?.error ? result.error.message : lastLine(stderr)),
	};
}

/** One line for the status line about how a child ended; empty when it ended well. */
export function outcomeNote(what: string, outcome: ChildOutcome): string {
	if (outcome.status === 0) {
		return '';
	}

	const how = outcome.signal === undefined ? (outcome.status === undefined ? 'failed' : `exited with status ${outcome.status}`) : `was stopped by ${outcome.signal}`;
	return `${what} ${how}${outcome.complaint === '' ? '' : `: ${outcome.complaint}`}`;
}

// Editors that take `+N` for "open at line N".
const takesPlusLine = new Set(['vi', 'vim', 'nvim', 'gvim', 'view', 'vis', 'nano', 'pico', 'emacs', 'emacsclient', 'micro', 'kak', 'joe', 'jed', 'ne', 'mg', 'mcedit']);

/** The editor the environment names ($VISUAL, then $EDITOR, else vi) with the file at `line`. */
export function editorCommand(env: NodeJS.ProcessEnv, file: string, line: number): ChildSpec {
	const command = env['VISUAL']?.trim() || env['EDITOR']?.trim() || 'vi';
	const program = basename(command.split(/\s+/)[0] ?? '');
	return {command, args: takesPlusLine.has(program) ? [`+${Math.max(1, Math.round(line))}`, file] : [file]};
}

/** What the pager reads: the rendered post, its images as their `[image: …]` line and link (no preview rows). */
export function pagerText(lines: readonly string[], images: readonly Image[] = []): string {
	return `${withoutImageRows(lines, images).join('\n')}\n`;
}

/** The pager the environment names, else `less -R` (colours pass through). */
export function pagerCommand(env: NodeJS.ProcessEnv): string {
	return env['PAGER']?.trim() || 'less -R';
}

/**
What the pager's environment gets: `LESS=R` when LESS is unset (git sets FRX for the same
reason), so a plain `PAGER=less` passes the post's colours through instead of showing their
escapes as text. Not F or X: a short post would flash past, the reader's screen drawn over it.
*/
export function pagerEnv(env: NodeJS.ProcessEnv): Readonly<Record<string, string>> | undefined {
	return env['LESS'] === undefined ? {LESS: 'R'} : undefined;
}

/**
The line of the source file for the rendered line at the top of the screen: the same fraction of
the body, after the header. Rendering reflows text, so this is near the place, not on it.
*/
export function sourceLine(fileText: string, body: string, top: number, renderedLines: number): number {
	const count = (text: string): number => (text === '' ? 0 : text.split('\n').length);
	const fileLines = count(fileText.replace(/\n$/, ''));
	const bodyLines = count(body.replace(/\n$/, ''));
	const header = Math.max(0, fileLines - bodyLines);
	if (top <= 0 || renderedLines <= 0 || bodyLines === 0) {
		return header + 1;
	}

	const within = Math.floor((top / renderedLines) * bodyLines);
	return Math.min(Math.max(1, fileLines), header + 1 + within);
}
