using GraphBuilder.Graph.Drafts;
using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp;
using GraphBuilder.Nlp.Models;

namespace GraphBuilder.Extraction.Tests;

/// <summary>The whole extraction with the shipped models, one per profile, loaded once for all the tests that use it.</summary>
internal static class ShippedExtractors
{
    private static readonly Lazy<KnowledgeExtractor> Fast = new(() => Create(NlpProfile.Fast));
    private static readonly Lazy<KnowledgeExtractor> Accurate = new(() => Create(NlpProfile.Accurate));

    /// <summary>Gets the extractor of a profile named as the tests' data rows name it.</summary>
    /// <param name="profile"><c>fast</c> or <c>accurate</c>.</param>
    /// <returns>The extractor.</returns>
    public static KnowledgeExtractor For(string profile) => (profile == "fast" ? Fast : Accurate).Value;

    /// <summary>Extracts a test's text as one article with no title, publisher or date.</summary>
    /// <param name="profile"><c>fast</c> or <c>accurate</c>.</param>
    /// <param name="text">The article's text.</param>
    /// <returns>The article's draft facts.</returns>
    public static ArticleDraft Extract(string profile, string text) => Extract(profile, text, "https://news.example/test");

    /// <summary>Extracts a test's text as one article published at an address, with no title or date.</summary>
    /// <param name="profile"><c>fast</c> or <c>accurate</c>.</param>
    /// <param name="text">The article's text.</param>
    /// <param name="address">The article's address.</param>
    /// <returns>The article's draft facts.</returns>
    public static ArticleDraft Extract(string profile, string text, string address) =>
        For(profile).Extract(text, new ArticleSource(address, null, null, null), DateTimeOffset.UnixEpoch);

    /// <summary>Lists a draft's relations for an assertion's message.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>One "source TYPE target confidence" per relation.</returns>
    public static string Relations(ArticleDraft draft) =>
        string.Join("; ", draft.Relations.Select(r => $"{draft.Entities[r.Source].Name} {r.Type} {draft.Entities[r.Target].Name} {r.Evidence.Confidence:F2}"));

    /// <summary>Lists a draft's entities for an assertion's message.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>One "Kind Name [aliases]" per entity.</returns>
    public static string Entities(ArticleDraft draft) =>
        string.Join("; ", draft.Entities.Select(e => $"{e.Kind} {e.Name} [{string.Join("|", e.Aliases)}]"));

    /// <summary>
    /// Tells whether a draft holds a relation at confidence 0.5 or more from the entity named <paramref name="source"/> to
    /// the one named (or also called) <paramref name="target"/>.
    /// </summary>
    /// <param name="draft">The draft.</param>
    /// <param name="source">The source entity's name.</param>
    /// <param name="kind">The relation's type.</param>
    /// <param name="target">The target entity's name or one of its aliases.</param>
    /// <returns>Whether the relation is there.</returns>
    public static bool HasRelation(ArticleDraft draft, string source, RelationKind kind, string target) =>
        draft.Relations.Any(r => r.Type == kind && r.Evidence.Confidence >= 0.5 && draft.Entities[r.Source].Name == source
            && (draft.Entities[r.Target].Name == target || draft.Entities[r.Target].Aliases.Contains(target)));

    private static KnowledgeExtractor Create(NlpProfile profile)
    {
        var options = new NlpOptions { Profile = profile };
        var store = new EmbeddedModelStore();
        return new KnowledgeExtractor(EnglishPipeline.Create(options, store), ExtractionStages.Create(() => EnglishPipeline.LoadRelations(store, profile)));
    }
}
