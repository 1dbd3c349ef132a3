// SPDX-License-Identifier: GPL-3.0-or-later
// Runs Athena SQL from vpclens-cli athena-sql on DuckDB (its Node.js package, @duckdb/node-api), over
// flow-log files laid out as S3 delivers them, read as Athena's table reads them: AWS's column names,
// every value text and numbers cast where they parse ('-' is NULL), the day partition from the path.
// Usage: node duckdb.cjs <node_modules holding @duckdb/node-api> <folder of AWSLogs> <file of statements, "---" between>
// Prints each statement's rows as a JSON line.
const [modules, folder, sqlFile] = process.argv.slice(2);
const { DuckDBInstance } = require(require.resolve('@duckdb/node-api', { paths: [modules] }));
const { readFileSync } = require('node:fs');

(async () => {
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
const glob = `${folder}/**/*.log*`.replaceAll("'", "''");
await db.run(`CREATE VIEW vpc_flow_logs AS SELECT
    TRY_CAST(version AS INTEGER) AS version, "account-id" AS account_id, "interface-id" AS interface_id, srcaddr, dstaddr,
    TRY_CAST(srcport AS INTEGER) AS srcport, TRY_CAST(dstport AS INTEGER) AS dstport, TRY_CAST(protocol AS BIGINT) AS protocol,
    TRY_CAST(packets AS BIGINT) AS packets, TRY_CAST(bytes AS BIGINT) AS bytes, TRY_CAST(start AS BIGINT) AS start,
    TRY_CAST("end" AS BIGINT) AS "end", action, "log-status" AS log_status,
    regexp_extract(filename, '([0-9]{4}/[0-9]{2}/[0-9]{2})/[^/]+$', 1) AS day
  FROM read_csv('${glob}', delim = ' ', header = true, all_varchar = true, filename = true, quote = '', escape = '')`);
for (const statement of readFileSync(sqlFile, 'utf8').split('\n---\n')) {
    const sql = statement.trim().replace(/;$/, '');
    if (!sql)
        continue;
    const reader = await db.runAndReadAll(sql);
    console.log(JSON.stringify(reader.getRows(), (k, v) => (typeof v === 'bigint' ? Number(v) : v)));
}
})().catch((e) => {
    console.error(e.message);
    process.exit(1);
});
