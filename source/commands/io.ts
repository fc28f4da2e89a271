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
