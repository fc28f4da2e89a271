// Imported first by tests that drive ink's interactive renderer: ink checks for CI when it loads
// and, in CI, writes only the last frame on exit.
for (const name of Object.keys(process.env)) {
	if (name === 'CI' || name === 'CONTINUOUS_INTEGRATION' || name.startsWith('CI_')) {
		delete process.env[name];
	}
}
