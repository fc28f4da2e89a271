import assert from 'node:assert/strict';
import {test} from 'node:test';
import {canDrawScreen, colorLevel} from '../../source/output/color.js';
import {chooseTheme} from '../../source/output/theme-choice.js';

const tty = {isTTY: true};
const pipe = {isTTY: false};

test('a colour terminal gets the depth its TERM names, whatever CI says', () => {
	assert.equal(colorLevel('auto', tty, {TERM: 'xterm-256color'}), 2);
	assert.equal(colorLevel('auto', tty, {TERM: 'xterm-256color', CI: 'true', GITHUB_ACTIONS: 'true'}), 2);
	assert.equal(colorLevel('auto', tty, {TERM: 'xterm-256color', CI: '0'}), 2);
	assert.equal(colorLevel('auto', tty, {TERM: 'screen'}), 1);
	assert.equal(colorLevel('auto', tty, {TERM: 'xterm', COLORTERM: 'truecolor'}), 3);
});

test('NO_COLOR, --color never, dumb or unnamed terminals and pipes get none', () => {
	assert.equal(colorLevel('auto', tty, {TERM: 'xterm-256color', NO_COLOR: '1'}), 0);
	assert.equal(colorLevel('never', tty, {TERM: 'xterm-256color'}), 0);
	assert.equal(colorLevel('auto', tty, {TERM: 'dumb'}), 0);
	assert.equal(colorLevel('auto', tty, {}), 0);
	assert.equal(colorLevel('auto', pipe, {TERM: 'xterm-256color'}), 0);
	// An empty NO_COLOR is no request, as no-color.org says.
	assert.equal(colorLevel('auto', tty, {TERM: 'xterm', NO_COLOR: ''}), 1);
});

test('FORCE_COLOR and --color always speak before the terminal check', () => {
	assert.equal(colorLevel('auto', pipe, {FORCE_COLOR: '1'}), 1);
	assert.equal(colorLevel('auto', pipe, {FORCE_COLOR: '3'}), 3);
	assert.equal(colorLevel('auto', tty, {TERM: 'xterm', FORCE_COLOR: '0'}), 0);
	assert.equal(colorLevel('auto', tty, {TERM: 'xterm', FORCE_COLOR: '1', NO_COLOR: '1'}), 1);
	assert.equal(colorLevel('always', pipe, {}), 1);
	assert.equal(colorLevel('always', pipe, {TERM: 'xterm-256color'}), 2);
	assert.equal(colorLevel('always', pipe, {TERM: 'dumb', NO_COLOR: '1'}), 1);
});

test('only a named, non-dumb terminal can host the full-screen reader', () => {
	assert.equal(canDrawScreen({TERM: 'xterm-256color'}), true);
	assert.equal(canDrawScreen({TERM: 'dumb'}), false);
	assert.equal(canDrawScreen({TERM: ''}), false);
	assert.equal(canDrawScreen({}), false);
});

test('--theme auto reads the background from COLORFGBG, dark when it says nothing', () => {
	assert.equal(chooseTheme('auto', {}), 'dark');
	assert.equal(chooseTheme('auto', {COLORFGBG: '15;0'}), 'dark');
	assert.equal(chooseTheme('auto', {COLORFGBG: '0;15'}), 'light');
	assert.equal(chooseTheme('auto', {COLORFGBG: '0;default;7'}), 'light');
	assert.equal(chooseTheme('auto', {COLORFGBG: '7;8'}), 'dark');
	assert.equal(chooseTheme('auto', {COLORFGBG: 'default;default'}), 'dark');
	assert.equal(chooseTheme('light', {COLORFGBG: '15;0'}), 'light');
	assert.equal(chooseTheme('dark', {COLORFGBG: '0;15'}), 'dark');
});
