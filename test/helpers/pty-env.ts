/**
The environment a program in a test pseudo-terminal starts with: the tester's, without what
would change how it draws (CI markers, colour and terminal overrides, a default archive, a
size), TERM set to xterm-256color, then `overrides` (a value of undefined removes the variable).
*/
// ink draws only the last frame when it thinks it runs in CI.
const dropped = /^(CI|CONTINUOUS_INTEGRATION|BUILD_NUMBER|RUN_ID|TERM_PROGRAM|NO_COLOR|FORCE_COLOR|TMUX|BLOG_READER_DIR|COLUMNS|LINES)$/;

export function ptyEnvironment(overrides: Readonly<Record<string, string | undefined>>): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (value !== undefined && !dropped.test(name) && !name.startsWith('GITHUB_')) {
			env[name] = value;
		}
	}

	env['TERM'] = 'xterm-256color';
	for (const [name, value] of Object.entries(overrides)) {
		if (value === undefined) {
			delete env[name];
		} else {
			env[name] = value;
		}
	}

	return env;
}
