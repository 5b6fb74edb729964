using System.Text;
using System.Text.Json;

namespace GraphBuilder.Neo4j.Tests.Queries;

/// <summary>
/// Writes the stub-server script of one query run as a read query: the managed transaction's BEGIN, then exactly the
/// file's statement with exactly its example parameters, one record back, COMMIT.
/// </summary>
internal static class QueryStubScript
{
    public static string For(QueryFile query)
    {
        var script = new StringBuilder();
        script.Append("!: BOLT 5.4\n\n");
        script.Append("A: HELLO {\"{}\": \"*\"}\n");
        script.Append("A: LOGON {\"{}\": \"*\"}\n");
        script.Append("C: BEGIN {\"mode\": \"r\", \"[db]\": \"*\", \"[bookmarks]\": \"*\", \"[tx_metadata]\": \"*\", \"[tx_timeout]\": \"*\"}\n");
        script.Append("S: SUCCESS {}\n");
        script.Append("C: RUN ").Append(JsonSerializer.Serialize(query.Statement)).Append(' ').Append(query.ExampleParametersJson).Append(" {}\n");
        script.Append("   PULL {\"n\": 1000}\n");
        script.Append("S: SUCCESS {\"fields\": [\"ok\"]}\n");
        script.Append("   RECORD [true]\n");
        script.Append("   SUCCESS {\"type\": \"r\"}\n");
        script.Append("C: COMMIT\n");
        script.Append("S: SUCCESS {\"bookmark\": \"bm:1\"}\n");
        script.Append("?: GOODBYE\n");
        return script.ToString();
    }
}
