/**
Caps how deeply Markdown containers nest before marked sees them. marked parses block quotes
and list items recursively, so thousands of `>` or nested bullets cost quadratic time and can
overflow the stack. Beyond the cap, deeper content is shown at the deepest allowed level:
nothing is dropped, it is only no longer indented further.
*/

export const maxDepth = 20;
/** Columns of indentation that still mean something: 20 levels of 4-column list nesting. */
const maxIndent = maxDepth * 4;

// The container markers at the start of a line: quote `>` and list markers, with their spaces.
const containerPrefix = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+[ \t]?/;
const marker = /[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/g;
const fence = /^ {0,3}(`{3,}|~{3,})/;
// marked matches emphasis and link brackets in time quadratic in the length of a delimiter run;
// runs longer than this mean nothing more outside code.
const maxRun = 32;
const longRun = /([*_~[\]])\1{32,}/g;

function capLine(line: string): string {
	let result = line;
	const prefix = containerPrefix.exec(line)?.[0];
	if (prefix && prefix.length > maxDepth * 2) {
		const markers = prefix.match(marker) ?? [];
		if (markers.length > maxDepth) {
			result = markers.slice(0, maxDepth).join('') + ' ' + line.slice(prefix.length).trimStart();
		}
	}

	const indent = /^[ \t]*/.exec(result)![0];
	if (indent.length > maxIndent) {
		result = ' '.repeat(maxIndent) + result.slice(indent.length);
	}

	return result;
}

/** The Markdown source with container nesting capped at `maxDepth` levels. */
export function capNesting(source: string): string {
	const lines = source.split('\n');
	let openFence: string | undefined;
	for (const [index, line] of lines.entries()) {
		const fenceMatch = fence.exec(line);
		if (openFence !== undefined) {
			if (fenceMatch?.[1]?.startsWith(openFence)) {
				openFence = undefined;
			}

			continue;
		}

		if (fenceMatch) {
			openFence = fenceMatch[1]!;
			continue;
		}

		if (line.length > maxDepth * 2) {
			lines[index] = capLine(line).replace(longRun, run => run.slice(0, maxRun));
		}
	}

	return lines.join('\n');
}
