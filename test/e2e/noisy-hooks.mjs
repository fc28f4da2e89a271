// Preloaded into the reader by the held-output test: on SIGUSR2, the kinds of output a library
// or Node itself may write while the reader holds the screen.
import {writeSync} from 'node:fs';

process.on('SIGUSR2', () => {
	process.emitWarning('a warning from inside', 'NoisyWarning');
	console.error('console.error from a library');
	console.warn('console.warn from a library');
	process.stderr.write('a raw stderr write\n');
	// Straight to the terminal, so the test knows the signal was handled.
	setTimeout(() => {
		writeSync(2, 'noise made');
	}, 50);
});
