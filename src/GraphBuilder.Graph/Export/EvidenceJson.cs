using System.Text.Encodings.Web;
using System.Text.Json;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Export;

/// <summary>
/// Encodes one piece of evidence as a JSON string: graph databases store lists of strings, not lists of maps, on
/// relationships, and a JSON string keeps every field (<c>apoc.convert.fromJsonMap</c> reads it back).
/// </summary>
public static class EvidenceJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Encodes the evidence.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>A JSON object as a string.</returns>
    public static string Encode(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, evidence);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the evidence as a JSON object: the one shape evidence has in every export.</summary>
    /// <param name="writer">The writer, positioned where a value may start.</param>
    /// <param name="evidence">The evidence.</param>
    public static void Write(Utf8JsonWriter writer, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(evidence);
        writer.WriteStartObject();
        writer.WriteString("article", evidence.Article);
        writer.WriteString("sentence", evidence.Sentence);
        writer.WriteNumber("start", evidence.Start);
        writer.WriteNumber("end", evidence.End);
        writer.WriteNumber("confidence", Math.Round(evidence.Confidence, 4));
        writer.WriteString("extractor", evidence.Extractor);
        if (evidence.Date is not null)
        {
            writer.WriteString("date", evidence.Date);
        }

        writer.WriteEndObject();
    }
}
