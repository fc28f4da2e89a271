import assert from 'node:assert/strict';
import {test} from 'node:test';
import {flatString} from '../../source/text/flat-string.js';

test('a text made whole is the same text, whatever it holds', () => {
	const file = `+++\ntitle = "x"\n+++\n${'body text '.repeat(500)}`;
	for (const text of [file.slice(20), `é ${file}`.slice(30), '漢字 🙂 and a lone \uD800 half', '']) {
		assert.equal(flatString(text), text);
	}
});
