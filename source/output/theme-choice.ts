/**
Which palette the terminal's background calls for. Decided from `--theme` and, for `auto`, from
COLORFGBG (set by rxvt, Konsole, iTerm2 and others as `fg;bg`); never by asking the terminal
(an OSC 11 query may go unanswered and would stall the first frame, or leak into the input).
*/
export type ThemeMode = 'auto' | 'dark' | 'light';

export type ThemeName = 'dark' | 'light';

export const themeModes: readonly ThemeMode[] = ['auto', 'dark', 'light'];

export function chooseTheme(mode: ThemeMode, env: NodeJS.ProcessEnv = process.env): ThemeName {
	if (mode !== 'auto') {
		return mode;
	}

	return backgroundOf(env['COLORFGBG']) ?? 'dark';
}

/**
The background named by COLORFGBG's last field: colours 0-6 and 8 are dark backgrounds, 7 and
9-15 light, as vim reads it. Anything else (`default`, a missing value) says nothing.
*/
function backgroundOf(value: string | undefined): ThemeName | undefined {
	const last = value?.split(';').at(-1)?.trim() ?? '';
	if (!/^\d{1,2}$/.test(last)) {
		return undefined;
	}

	const colour = Number(last);
	if (colour > 15) {
		return undefined;
	}

	return colour <= 6 || colour === 8 ? 'dark' : 'light';
}
