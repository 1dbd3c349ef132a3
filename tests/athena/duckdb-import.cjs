// SPDX-License-Identifier: GPL-3.0-or-later
// The import benchmark's peer: DuckDB's read_csv of the same gzip flow logs into its own database file,
// timed (README, "Speed, memory and size"). Run it alternating with `vpclens-cli bench` in one session.
// Usage: node duckdb-import.cjs <node_modules holding @duckdb/node-api> <folder of the logs> <database file to create>
const [modules, folder, dbfile] = process.argv.slice(2);
const { DuckDBInstance } = require(require.resolve('@duckdb/node-api', { paths: [modules] }));

(async () => {
    const t0 = Date.now();
    const instance = await DuckDBInstance.create(dbfile);
    const db = await instance.connect();
    const glob = `${folder}/**/*.log.gz`.replaceAll("'", "''");
    await db.run(`CREATE TABLE flows AS SELECT * FROM read_csv('${glob}', delim = ' ', header = true, nullstr = '-',
        columns = {'version': 'INTEGER', 'account-id': 'VARCHAR', 'interface-id': 'VARCHAR', 'srcaddr': 'VARCHAR',
                   'dstaddr': 'VARCHAR', 'srcport': 'INTEGER', 'dstport': 'INTEGER', 'protocol': 'INTEGER', 'packets': 'BIGINT',
                   'bytes': 'BIGINT', 'start': 'BIGINT', 'end': 'BIGINT', 'action': 'VARCHAR', 'log-status': 'VARCHAR'})`);
    await db.run('CHECKPOINT');
    const r = await db.runAndReadAll('SELECT COUNT(*) FROM flows');
    console.log(`duckdb: ${r.getRows()[0][0]} records in ${((Date.now() - t0) / 1000).toFixed(2)} s`);
})().catch((e) => {
    console.error(e.message);
    process.exit(1);
});
