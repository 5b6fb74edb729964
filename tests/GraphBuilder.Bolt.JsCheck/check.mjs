// Runs one scenario of the official Neo4j JavaScript driver against GraphBuilder's Bolt stub server.
// Usage: node check.mjs <scenario> <bolt uri>. Started by Program.cs, which plays the matching Scripts/*.script.
// Prints "ok <scenario>: ..." and exits 0 when every check holds; exits 1 with the reason otherwise.
import assert from 'node:assert/strict'
import neo4j from 'neo4j-driver'

const scenarios = {
  // Scripts/read.script: managed read transaction, one record.
  async read (driver) {
    const session = driver.session()
    try {
      const result = await session.executeRead(tx => tx.run('RETURN 1 AS n'))
      assert.equal(result.records.length, 1, 'one record')
      assert.deepEqual(result.records[0].keys, ['n'])
      assert.equal(result.records[0].get('n'), 1)
      assert.equal(result.summary.queryType, 'r')
      assert.deepEqual(session.lastBookmarks(), ['bm:read'])
      return `RETURN 1 AS n gave n = ${result.records[0].get('n')}`
    } finally {
      await session.close()
    }
  },

  // Scripts/retried_write.script: the first COMMIT fails with a deadlock; the driver retries the whole function.
  async 'retried-write' (driver) {
    const session = driver.session()
    let attempts = 0
    try {
      const result = await session.executeWrite(async tx => {
        attempts++
        return await tx.run(
          'MERGE (e:Entity {id: $id}) SET e.name = $name, e.rank = $rank RETURN e.id AS id',
          { id: 'e1', name: 'Alice', rank: neo4j.int(7) })
      })
      assert.equal(attempts, 2, 'the transaction function ran twice (one retry)')
      assert.equal(result.records.length, 1)
      assert.equal(result.records[0].get('id'), 'e1')
      assert.equal(result.summary.counters.updates().nodesCreated, 1)
      assert.equal(result.summary.counters.updates().propertiesSet, 3)
      assert.deepEqual(session.lastBookmarks(), ['bm:retried'])
      return `committed after ${attempts} attempts`
    } finally {
      await session.close()
    }
  },

  // Scripts/unwind_write.script: one UNWIND batch with a list of maps (floats, an integer, a null, a nested list).
  async 'unwind-write' (driver) {
    const session = driver.session()
    const rows = [
      { id: 'a', props: { name: 'Alice', score: 1.5, mentions: neo4j.int(3), aliases: ['Al', 'A.'] } },
      { id: 'b', props: { name: 'Bob', score: 2, mentions: neo4j.int(0), aliases: [] } },
      { id: 'c', props: { name: 'Zoë', score: -0.25, mentions: neo4j.int(-1), aliases: null } }
    ]
    try {
      const summary = await session.executeWrite(async tx => {
        const result = await tx.run(
          'UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e += row.props', { rows })
        return result.summary
      })
      const updates = summary.counters.updates()
      assert.equal(updates.nodesCreated, 3)
      assert.equal(updates.labelsAdded, 3)
      assert.equal(updates.propertiesSet, 11)
      assert.equal(summary.counters.containsUpdates(), true)
      assert.deepEqual(session.lastBookmarks(), ['bm:unwind'])
      return `UNWIND of ${rows.length} rows created ${updates.nodesCreated} nodes`
    } finally {
      await session.close()
    }
  },

  // Scripts/manifest_auto_commit.script: manifest v1 handshake to 5.8, then an auto-commit query whose record
  // holds a node with an element id and a list of mixed values.
  async 'manifest-auto-commit' (driver) {
    const session = driver.session({ database: 'neo4j' })
    try {
      const result = await session.run(
        'MATCH (e:Entity {id: $id}) RETURN e, e.name AS name, [1, 2.5, "x", null, true] AS mixed', { id: 'a' })
      assert.equal(result.records.length, 1)
      const record = result.records[0]
      const e = record.get('e')
      assert.ok(e instanceof neo4j.types.Node, 'e is a Node')
      assert.equal(e.identity, 42)
      assert.deepEqual(e.labels, ['Entity'])
      assert.deepEqual(e.properties, { id: 'a', name: 'Alice' })
      assert.equal(e.elementId, '4:db:42')
      assert.equal(record.get('name'), 'Alice')
      assert.deepEqual(record.get('mixed'), [1, 2.5, 'x', null, true])
      const { major, minor } = result.summary.server.protocolVersion
      assert.equal(`${major}.${minor}`, '5.8', 'negotiated Bolt 5.8 through the manifest')
      assert.deepEqual(session.lastBookmarks(), ['bm:auto'])
      return `Bolt ${major}.${minor}, node ${e.elementId} ${JSON.stringify(e.properties)}`
    } finally {
      await session.close()
    }
  },

  // Scripts/routed_write.script: neo4j:// URI; ROUTE first, then the write goes to the table's writer.
  async 'routed-write' (driver) {
    const session = driver.session()
    try {
      const summary = await session.executeWrite(async tx => {
        const result = await tx.run('CREATE (a:Article {url: $url})', { url: 'https://example.org/a' })
        return result.summary
      })
      assert.equal(summary.counters.updates().nodesCreated, 1)
      assert.equal(summary.database.name, 'neo4j')
      assert.deepEqual(session.lastBookmarks(), ['bm:routed'])
      return `routed write to ${summary.server.address}`
    } finally {
      await session.close()
    }
  }
}

const [name, uri] = process.argv.slice(2)
const scenario = scenarios[name]
if (!scenario || !uri) {
  console.error(`usage: node check.mjs <${Object.keys(scenarios).join('|')}> <bolt:// or neo4j:// URI on 127.0.0.1>`)
  process.exit(2)
}

const host = new URL(uri).hostname
if (host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]') {
  console.error(`check.mjs talks to loopback only, not ${host}`)
  process.exit(2)
}

const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'password'), {
  maxTransactionRetryTime: 15000,
  disableLosslessIntegers: true,
  logging: process.env.JSCHECK_DEBUG ? neo4j.logging.console('debug') : undefined
})
let code = 0
try {
  console.log(`ok ${name}: ${await scenario(driver)}`)
} catch (error) {
  console.error(`FAILED ${name}: ${error.stack ?? error}`)
  code = 1
} finally {
  await driver.close()
}
process.exit(code)
