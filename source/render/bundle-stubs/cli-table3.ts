/**
Stands in for cli-table3 in the bundle (`--alias` in the build script). marked-terminal imports
it at the top, but our own `table` renderer (table.ts) replaces the one that would use it.
*/
export default class Table {
	constructor() {
		throw new Error('cli-table3 is not bundled: tables are drawn by source/render/table.ts');
	}
}
