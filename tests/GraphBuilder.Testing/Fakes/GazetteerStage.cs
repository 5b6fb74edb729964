using GraphBuilder.Extraction;
using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Testing.Builders;

namespace GraphBuilder.Testing.Fakes;

/// <summary>
/// A stand-in for the trained pipeline: tokenizes and splits like <see cref="DocumentBuilder"/> and marks every
/// occurrence of the names it was given. Texts containing <see cref="Poison"/> make it throw.
/// </summary>
public sealed class GazetteerStage : INlpStage
{
    public const string Poison = "POISON";

    private readonly IReadOnlyDictionary<string, EntityKind> _names;

    public GazetteerStage(IReadOnlyDictionary<string, EntityKind> names, string version = "1")
    {
        _names = names;
        Version = version;
    }

    public string Name => "gazetteer";

    public string Version { get; }

    public int Calls { get; private set; }

    /// <summary>The stage as the whole extractor: no extraction stages, so each name is one entity per article.</summary>
    public IArticleExtractor Extractor() => new KnowledgeExtractor(new NlpPipeline([this]), []);

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        Calls++;
        if (document.Text.Contains(Poison, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the stage choked on this text");
        }

        var builder = new DocumentBuilder(document.Text);
        foreach (var (name, kind) in _names.OrderByDescending(n => n.Key.Length))
        {
            builder.EntityEverywhere(name, kind);
        }

        var built = builder.BuildAnnotated();
        var entities = built.Entities.Where(e => !built.Entities.Any(o => o != e && o.Span.Contains(e.Span) && o.Span.Length > e.Span.Length)).ToList();
        document.SetTokens(built.Tokens);
        document.SetSentences(built.Sentences);
        document.SetEntities(entities);
    }
}
