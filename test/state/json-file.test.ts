import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {readJsonFile, removeStaleTemps, writeJsonFile} from '../../source/state/json-file.js';
import {sealed} from '../../source/state/seal.js';
import {removeAfterTests, tempDir, writeTree} from '../fixtures/tree.js';

function writeSealed(file: string, text: string): void {
	writeFileSync(file, Buffer.concat(sealed([Buffer.from(text)])));
}

function folder(): string {
	const dir = tempDir('blog-reader-state-');
	removeAfterTests(dir);
	return dir;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

test('a value written comes back the same, from a file of plain ASCII, folders made as needed', () => {
	const file = join(folder(), 'deep', 'er', 'data.json');
	const value = {text: 'Caf\u00E9 \u2026 \u{1F600} \u2028 \u202E \u001B', list: [1, 2.5, null, true], nested: {key: 'value'}};
	writeJsonFile(file, value);
	assert.deepEqual(readJsonFile(file, isRecord), {kind: 'ok', value});
	// Plain ASCII after its checksum.
	assert.match(readFileSync(file, 'latin1').slice(16), /^[\u0020-\u007E]*$/);
	assert.deepEqual(readdirSync(join(file, '..')), ['data.json']);
});

test('a second write replaces the first whole', () => {
	const file = join(folder(), 'data.json');
	writeJsonFile(file, {version: 1, long: 'x'.repeat(10_000)});
	writeJsonFile(file, {version: 2});
	assert.deepEqual(readJsonFile(file, isRecord), {kind: 'ok', value: {version: 2}});
});

test('missing, truncated, foreign and unreadable files are told apart', () => {
	const dir = folder();
	assert.deepEqual(readJsonFile(join(dir, 'none.json'), isRecord), {kind: 'missing'});
	writeTree(dir, {'file': 'x'});
	assert.deepEqual(readJsonFile(join(dir, 'file', 'below.json'), isRecord), {kind: 'missing'});

	writeJsonFile(join(dir, 'whole.json'), {a: 'b'.repeat(100)});
	writeFileSync(join(dir, 'cut.json'), readFileSync(join(dir, 'whole.json'), 'utf8').slice(0, 50));
	assert.deepEqual(readJsonFile(join(dir, 'cut.json'), isRecord), {kind: 'invalid', reason: 'truncated'});
	writeFileSync(join(dir, 'plain.json'), '{"a": 1}');
	assert.deepEqual(readJsonFile(join(dir, 'plain.json'), isRecord), {kind: 'invalid', reason: 'damaged or written by an older version (no checksum)'});
	writeSealed(join(dir, 'cut.json'), readFileSync(join(dir, 'whole.json'), 'latin1').slice(16, 50));
	assert.deepEqual(readJsonFile(join(dir, 'cut.json'), isRecord), {kind: 'invalid', reason: 'truncated or not JSON'});

	writeSealed(join(dir, 'list.json'), '[1, 2]');
	assert.deepEqual(readJsonFile(join(dir, 'list.json'), isRecord), {kind: 'invalid', reason: 'not a file blog-reader wrote'});
	assert.deepEqual(readJsonFile(join(dir, 'list.json'), isRecord, () => 'a list'), {kind: 'invalid', reason: 'a list'});

	const read = readJsonFile(dir, isRecord);
	assert.equal(read.kind, 'invalid');
	assert.match((read as {reason: string}).reason, /^cannot read it \(EISDIR\)$/);
});

test('a write that cannot happen throws and leaves no temp file behind', () => {
	const dir = folder();
	writeTree(dir, {'blocker': 'a file where a folder should be'});
	assert.throws(() => {
		writeJsonFile(join(dir, 'blocker', 'data.json'), {a: 1});
	});
	// The target is a folder: the temp file is written, the rename fails, the temp file goes.
	writeTree(dir, {'target.json/inside': 'x'});
	assert.throws(() => {
		writeJsonFile(join(dir, 'target.json'), {a: 1});
	});
	assert.deepEqual(readdirSync(dir).sort(), ['blocker', 'target.json']);
});

test('old temp files of a write are tidied; young ones and other files are left', () => {
	const dir = folder();
	const file = join(dir, 'data.json');
	writeTree(dir, {
		'data.json.1.aaaa.tmp': 'old',
		'data.json.2.bbbb.tmp': 'young',
		'other.json.3.cccc.tmp': 'not ours to tidy',
		'data.json': '{}',
	});
	const hourAgo = Date.now() / 1000 - 3600;
	utimesSync(join(dir, 'data.json.1.aaaa.tmp'), hourAgo, hourAgo);
	utimesSync(join(dir, 'other.json.3.cccc.tmp'), hourAgo, hourAgo);
	removeStaleTemps(file);
	assert.deepEqual(readdirSync(dir).sort(), ['data.json', 'data.json.2.bbbb.tmp', 'other.json.3.cccc.tmp']);
	removeStaleTemps(join(dir, 'missing', 'data.json'));
	assert.equal(existsSync(join(dir, 'missing')), false);
});
