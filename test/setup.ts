// Ink draws only the final frame when it believes it runs in CI (is-in-ci reads CI at import).
// The component tests read frames as a person at a terminal sees them, so they run as outside CI.
process.env['CI'] = '0';
process.env['CONTINUOUS_INTEGRATION'] = '0';
