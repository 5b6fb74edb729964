using System.Text;
using System.Text.Json;

namespace GraphBuilder.Neo4j.Tests;

/// <summary>
/// Writes stub-server scripts for the sink's dialogues, quoting each statement exactly as the sink sends it.
/// </summary>
internal sealed class StubDialogue
{
    private readonly StringBuilder _script = new("!: BOLT 5.4\n\nA: HELLO {\"{}\": \"*\"}\nA: LOGON {\"{}\": \"*\"}\n");

    public StubDialogue Begin()
    {
        _script.Append("C: BEGIN {\"{}\": \"*\"}\nS: SUCCESS {}\n");
        return this;
    }

    public StubDialogue Run(string statement, string parameters = "{\"rows\": \"*\"}", string metadata = "{}")
    {
        _script.Append("C: RUN ").Append(JsonSerializer.Serialize(statement)).Append(' ').Append(parameters).Append(' ').Append(metadata).Append('\n');
        _script.Append("   PULL {\"n\": 1000}\nS: SUCCESS {\"fields\": []}\n   SUCCESS {\"type\": \"w\"}\n");
        return this;
    }

    public StubDialogue Commit(string? failureCode = null)
    {
        _script.Append("C: COMMIT\n");
        if (failureCode is null)
        {
            _script.Append("S: SUCCESS {\"bookmark\": \"bm:1\"}\n");
        }
        else
        {
            _script.Append("S: FAILURE {\"code\": \"").Append(failureCode).Append("\", \"message\": \"simulated\"}\nC: RESET\nS: SUCCESS {}\n");
        }

        return this;
    }

    public StubDialogue Exit()
    {
        _script.Append("S: <EXIT>\n");
        return this;
    }

    public string End() => _script.Append("?: GOODBYE\n").ToString();

    public string EndWithoutGoodbye() => _script.ToString();
}
