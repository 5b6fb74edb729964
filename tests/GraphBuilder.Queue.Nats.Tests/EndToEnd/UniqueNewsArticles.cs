using System.Globalization;

namespace GraphBuilder.Queue.Nats.Tests.EndToEnd;

/// <summary>
/// Writes news-style articles whose people, organisations and places are each named in one article only, so that the
/// graph does not depend on the order the articles are resolved in (until resolution is order-independent).
/// </summary>
internal static class UniqueNewsArticles
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ren", "sor", "tal", "vi", "den", "qua", "bel", "nor", "zan"];

    private static readonly string[] Templates =
    [
        "{P}, the chief executive of {O}, said on Monday that the company would expand into {L}.",
        "{S} told reporters in {L} that talks with regulators had gone well.",
        "Shares of {O} rose {N} percent after the announcement.",
        "{O} was founded in {L} in {Y} and employs {M} people.",
        "Critics of {O} accused {P} of ignoring local concerns.",
        "The mayor of {L} welcomed the plan and said {N} new jobs would follow.",
        "{S} joined {O} in {Y} after a decade in banking.",
        "Analysts expect the deal to close before the end of the quarter, a person familiar with the matter said.",
        "Residents of {L} will vote on the proposal in the spring.",
        "{P} declined to comment further on the investigation.",
    ];

    public static void Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var surname = Word(i, 3);
            var values = new Dictionary<string, string>
            {
                ["{P}"] = $"{Word(i % 97, 2)} {surname}",
                ["{S}"] = surname,
                ["{O}"] = $"{Word(i, 4)} Holdings",
                ["{L}"] = $"Port {Word(i, 3)}ton",
                ["{N}"] = (3 + (i % 17)).ToString(CultureInfo.InvariantCulture),
                ["{M}"] = (120 + (i * 37)).ToString(CultureInfo.InvariantCulture),
                ["{Y}"] = (1950 + (i % 60)).ToString(CultureInfo.InvariantCulture),
            };
            var sentences = Enumerable.Range(0, 5).Select(k => Templates[(i + (k * 3)) % Templates.Length]);
            var text = string.Join(' ', sentences.Select(s => values.Aggregate(s, (acc, pair) => acc.Replace(pair.Key, pair.Value, StringComparison.Ordinal))));

            // Words of this article only, so that no two articles are near-duplicates of each other whatever their templates.
            var own = string.Join(' ', Enumerable.Range(0, 16).Select(k => Word((i * 16) + k + 5000, 4).ToLowerInvariant()));
            text += $" The filing lists {own}.";
            File.WriteAllText(Path.Combine(folder, $"article-{i:D4}.txt"), $"{values["{O}"]} plans a move to {values["{L}"]}\n\n{text}\n");
        }
    }

    private static string Word(int seed, int syllables)
    {
        var word = string.Concat(Enumerable.Range(0, syllables).Select(k => Syllables[(seed / (int)Math.Pow(Syllables.Length, k)) % Syllables.Length]));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}
