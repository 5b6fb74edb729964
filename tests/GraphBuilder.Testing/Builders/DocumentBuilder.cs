using System.Text.RegularExpressions;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Testing.Builders;

/// <summary>
/// Builds annotated documents for tests without the trained models: a simple tokenizer (words, numbers,
/// punctuation, possessive 's), sentences ending at . ! ?, and entity mentions marked by the test.
/// </summary>
public sealed partial class DocumentBuilder
{
    private readonly Document _document;
    private readonly List<Mention> _entities = [];

    public DocumentBuilder(string text, DocumentMetadata? metadata = null)
    {
        _document = new Document(text, metadata);
        var tokens = new List<Token>();
        foreach (Match match in TokenPattern().Matches(text))
        {
            tokens.Add(new Token(tokens.Count, new TextSpan(match.Index, match.Index + match.Length)));
        }

        _document.SetTokens(tokens);
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = _document.TokenText(i);
            if (token is "." or "!" or "?" || i == tokens.Count - 1)
            {
                sentences.Add(new Sentence(sentences.Count, new TextSpan(tokens[first].Span.Start, tokens[i].Span.End), first, i - first + 1));
                first = i + 1;
            }
        }

        _document.SetSentences(sentences);
    }

    /// <summary>Marks the <paramref name="occurrence"/>-th occurrence of <paramref name="name"/> as an entity mention.</summary>
    public DocumentBuilder Entity(string name, EntityKind kind, int occurrence = 1, double confidence = 0.9)
    {
        // Whole words only: "Russia" is not the start of "Russian".
        var matches = Regex.Matches(_document.Text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])");
        if (matches.Count < occurrence)
        {
            throw new ArgumentException($"'{name}' occurs fewer than {occurrence} times.", nameof(name));
        }

        var start = matches[occurrence - 1].Index;

        var end = start + name.Length;
        var tokens = _document.Tokens.Where(t => t.Span.Start >= start && t.Span.End <= end).ToList();
        _entities.Add(new Mention(new TextSpan(start, end), tokens[0].Index, tokens.Count, kind, confidence, "test"));
        return this;
    }

    /// <summary>Marks every occurrence of <paramref name="name"/> as an entity mention.</summary>
    public DocumentBuilder EntityEverywhere(string name, EntityKind kind)
    {
        var count = Regex.Count(_document.Text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])");
        for (var i = 1; i <= count; i++)
        {
            Entity(name, kind, i);
        }

        return this;
    }

    /// <summary>Builds the document as knowledge extraction sees it, with the mentions of the kinds given.</summary>
    public KnowledgeDocument Build()
    {
        var document = new KnowledgeDocument(_document);
        document.SetEntities([.. _entities.OrderBy(e => e.Span.Start)]);
        return document;
    }

    /// <summary>Builds the document as the NLP pipeline leaves it, each kind given as the recogniser's nearest label.</summary>
    public Document BuildAnnotated()
    {
        _document.SetEntities([.. _entities.OrderBy(e => e.Span.Start).Select(e => new EntityMention(e.Span, e.FirstToken, e.TokenCount, LabelOf(e.Kind), e.Confidence, e.Extractor))]);
        return _document;
    }

    private static EntityLabel LabelOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => EntityLabel.Person,
        EntityKind.Organization => EntityLabel.Organization,
        EntityKind.Location => EntityLabel.Location,
        _ => EntityLabel.Miscellaneous,
    };

    [GeneratedRegex(@"'s\b|\u2019s\b|[\p{L}\p{N}]+(?:[.\-][\p{L}\p{N}]+)*\.?(?<=\p{Lu}\.)|[\p{L}\p{N}]+(?:[.\-][\p{L}\p{N}]+)*|\S")]
    private static partial Regex TokenPattern();
}
