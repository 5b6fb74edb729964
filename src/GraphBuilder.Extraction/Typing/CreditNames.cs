using GraphBuilder.Extraction.Documents;
using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Extraction.Typing;

/// <summary>
/// Names the people a photo credit or a byline shouts ("CREDIT: COURIER PHOTO/JAMES WU", "BY JANE DOE") as running
/// text would name them.
/// </summary>
internal static class CreditNames
{
    /// <summary>Gives each person's name written in capitals inside page furniture its title-case form.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The mentions so far, changed in place.</param>
    public static void Recase(KnowledgeDocument document, List<Mention> mentions)
    {
        var furniture = document.Annotated.Layout.Where(l => l.Kind is LayoutKind.Credit or LayoutKind.Byline).ToList();
        if (furniture.Count == 0)
        {
            return;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var text = document.Slice(mention.Span);
            if (mention.Kind == EntityKind.Person
                && mention.Name is null
                && mention.TokenCount >= 2
                && !text.Any(char.IsLower)
                && furniture.Any(l => l.Span.Start <= mention.Span.Start && mention.Span.End <= l.Span.End))
            {
                mentions[i] = mention with { Name = DatelinePlaces.TitleCase(text) };
            }
        }
    }
}
