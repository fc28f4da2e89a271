/**
Stands in for node-emoji in the bundle (`--alias` in the build script). marked-terminal imports
it at the top but calls it only with its `emoji` option on, which ours turns off: `:smile:` is
shown as typed, as it always was here (~210 KB of emoji names not loaded).
*/
export function get(): undefined {
	return undefined;
}
