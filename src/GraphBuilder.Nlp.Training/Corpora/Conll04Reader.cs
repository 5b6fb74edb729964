using System.Text.Json;

namespace GraphBuilder.Nlp.Training.Corpora;

/// <summary>
/// Reads the CoNLL04 corpus in the JSON layout of the SpERT split: a list of
/// <c>{tokens, entities: [{type, start, end}], relations: [{type, head, tail}]}</c> with exclusive ends.
/// </summary>
public static class Conll04Reader
{
    /// <summary>Reads a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The sentences.</returns>
    /// <exception cref="InvalidDataException">The file is not CoNLL04 JSON; the message names the file and item.</exception>
    public static IReadOnlyList<Conll04Sentence> Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="source">The name used in error messages.</param>
    /// <returns>The sentences.</returns>
    /// <exception cref="InvalidDataException">The stream is not CoNLL04 JSON.</exception>
    public static IReadOnlyList<Conll04Sentence> Read(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source} is not JSON: {ex.Message}", ex);
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{source}: expected a JSON list of sentences.");
            }

            var sentences = new List<Conll04Sentence>();
            foreach (var item in json.RootElement.EnumerateArray())
            {
                try
                {
                    sentences.Add(ReadSentence(item));
                }
                catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException)
                {
                    throw new InvalidDataException($"{source}: item {sentences.Count + 1} is not a CoNLL04 sentence: {ex.Message}", ex);
                }
            }

            return sentences;
        }
    }

    /// <summary>Turns sentences into one-sentence CoNLL documents with IOB2 entity tags, for the entity trainer.</summary>
    /// <param name="sentences">The sentences.</param>
    /// <returns>The documents.</returns>
    public static IReadOnlyList<ConllDocument> ToConllDocuments(IEnumerable<Conll04Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return [.. sentences.Select(s => new ConllDocument([new ConllSentence(s.Tokens, s.EntityTags())]))];
    }

    private static Conll04Sentence ReadSentence(JsonElement item)
    {
        var tokens = item.GetProperty("tokens").EnumerateArray().Select(t => t.GetString() ?? throw new FormatException("a token is null")).ToArray();
        var entities = item.GetProperty("entities").EnumerateArray()
            .Select(e => new Conll04Entity(e.GetProperty("type").GetString() ?? "", e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()))
            .ToArray();
        foreach (var entity in entities)
        {
            if (entity.Start < 0 || entity.End > tokens.Length || entity.End <= entity.Start)
            {
                throw new FormatException($"entity [{entity.Start}, {entity.End}) is outside the {tokens.Length} tokens");
            }
        }

        var relations = item.TryGetProperty("relations", out var list)
            ? list.EnumerateArray()
                .Select(r => new Conll04Relation(r.GetProperty("type").GetString() ?? "", r.GetProperty("head").GetInt32(), r.GetProperty("tail").GetInt32()))
                .ToArray()
            : [];
        foreach (var relation in relations)
        {
            if ((uint)relation.Head >= (uint)entities.Length || (uint)relation.Tail >= (uint)entities.Length)
            {
                throw new FormatException($"relation {relation.Type} points at an entity that does not exist");
            }
        }

        return new Conll04Sentence(tokens, entities, relations);
    }
}
