/**
Stands in for cli-highlight in the bundle (`--alias` in the build script). marked-terminal
imports it at the top, but our own `code` renderer replaces the one that would call it; the real
package carries highlight.js 10 with every grammar and an HTML parser (~1.2 MB).
*/
export function highlight(code: string): string {
	return code;
}
