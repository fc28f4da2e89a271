import assert from 'node:assert/strict';
import {test} from 'node:test';
import {linkUrl, openerFor} from '../../source/ui/terminal/open-link.js';

test('only web and mail links are handed on; relative ones resolve against the blog\'s URL', () => {
	assert.deepEqual(linkUrl('https://example.com/a b', undefined), {url: 'https://example.com/a%20b'});
	assert.deepEqual(linkUrl('mailto:me@example.com', undefined), {url: 'mailto:me@example.com'});
	assert.deepEqual(linkUrl('../img/x.png', 'https://blog.example/posts/'), {url: 'https://blog.example/img/x.png'});
	assert.ok('error' in linkUrl('../x.html', undefined), 'relative without a base URL');
	assert.ok('error' in linkUrl('file:///etc/passwd', undefined));
	assert.ok('error' in linkUrl('javascript:alert(1)', undefined));
});

test('$BROWSER gets the terminal; else the desktop opener of the platform', () => {
	assert.deepEqual(openerFor({BROWSER: 'w3m:lynx'}), {terminal: true, command: 'w3m'});
	assert.deepEqual(openerFor({}, 'linux'), {terminal: false, file: 'xdg-open'});
	assert.deepEqual(openerFor({BROWSER: ' '}, 'darwin'), {terminal: false, file: 'open'});
});
