namespace GraphBuilder.Nlp.Training.Corpora;

/// <summary>A sentence of the CoNLL04 corpus (the SpERT JSON split): tokens, entities and relations.</summary>
/// <param name="Tokens">The tokens.</param>
/// <param name="Entities">The entities.</param>
/// <param name="Relations">The relations between entities.</param>
public sealed record Conll04Sentence(IReadOnlyList<string> Tokens, IReadOnlyList<Conll04Entity> Entities, IReadOnlyList<Conll04Relation> Relations)
{
    /// <summary>The entities as IOB2 tags, one per token (entities that overlap an earlier one are dropped).</summary>
    /// <returns>The tags.</returns>
    public IReadOnlyList<string> EntityTags()
    {
        var tags = new string[Tokens.Count];
        Array.Fill(tags, "O");
        foreach (var entity in Entities)
        {
            if (entity.Start < 0
                || entity.End > tags.Length
                || entity.End <= entity.Start
                || tags.AsSpan(entity.Start, entity.End - entity.Start).ContainsAnyExcept("O"))
            {
                continue;
            }

            tags[entity.Start] = "B-" + entity.Type;
            for (var t = entity.Start + 1; t < entity.End; t++)
            {
                tags[t] = "I-" + entity.Type;
            }
        }

        return tags;
    }
}
