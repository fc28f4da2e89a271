/** Where a command writes: the process's streams in the CLI, plain buffers in tests. */
export interface Output {
	readonly write: (text: string) => void;
	readonly isTTY: boolean;
	/** Terminal columns, or 80 when not a terminal. */
	readonly columns: number;
}

export interface CommandIO {
	readonly stdout: Output;
	readonly stderr: Output;
	/** Styling on stdout, decided once from --color, NO_COLOR, FORCE_COLOR and the terminal. */
	readonly color: boolean;
}

/** Exit codes are a contract: scripts test them (the README's Commands section lists them). */
export const exitCode = {
	ok: 0,
	nothingFound: 1,
	/** Bad usage, or an archive folder that cannot be read. */
	usage: 2,
	/** A post was found but could not be rendered. */
	renderFailed: 3,
	/** stdout or stderr could not be written (no space left, terminal gone); never for EPIPE. */
	output: 4,
	/** A failure blog-reader did not expect: a bug, worth a report. */
	internal: 5,
} as const;
