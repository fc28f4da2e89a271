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
