// The same load as the .NET benchmark, sent by the official JavaScript driver, for comparison.
// Usage: node bench.mjs <bolt uri> <rows> <batch> <repeat>  (run from the folder holding node_modules/neo4j-driver)
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/');
const neo4j = require('neo4j-driver');

const [uri, rowsText, batchText, repeatText] = process.argv.slice(2);
const rows = Number(rowsText), batch = Number(batchText), repeat = Number(repeatText);
const data = Array.from({ length: batch }, (_, i) => ({
  id: neo4j.int(i), name: `entity-${i}`, type: 'Person', count: neo4j.int(i % 17), confidence: i / batch, active: i % 2 === 0,
}));
const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'password'), { disableLosslessIntegers: true });
const query = 'UNWIND $rows AS row MERGE (e:Bench {id: row.id}) SET e += row';

async function run(transactions) {
  const session = driver.session();
  try {
    for (let t = 0; t < transactions; t++) {
      await session.executeWrite(async tx => { await tx.run(query, { rows: data }); });
    }
  } finally {
    await session.close();
  }
}

await run(20);
const rates = [];
for (let r = 0; r < repeat; r++) {
  const start = process.hrtime.bigint();
  await run(rows / batch);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  rates.push(rows / seconds);
  console.log(`js run ${r + 1}: ${Math.round(rates.at(-1)).toLocaleString('en-US')} rows/s`);
}
rates.sort((a, b) => a - b);
console.log(`neo4j-driver (JavaScript): median ${Math.round(rates[Math.floor(rates.length / 2)]).toLocaleString('en-US')} rows/s`);
await driver.close();
