// Imported first by tests that check styling: chalk decides its colour level when it loads.
process.env['FORCE_COLOR'] = '1';
