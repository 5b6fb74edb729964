using System.Globalization;
using System.Text;

namespace GraphBuilder.Lab.Commands;

/// <summary>
/// Writes news-style articles from GraphBuilder's own templates, for benchmarks and tests: each article has its own people, organisation and town,
/// and its sentences are drawn in a random order from several topics with random details, so no two articles are
/// near-duplicates of each other.
/// </summary>
internal static class NewsGenerator
{
    private static readonly string[] FirstNames =
    [
        "Maria", "Tomas", "Helen", "Samuel", "Lena", "Ivan", "Rosa", "Daniel", "Grace", "Omar", "Nadia", "Victor",
        "Clara", "Felix", "Irene", "Hugo", "Marta", "Pavel", "Alice", "Jonas", "Sofia", "Karim", "Elena", "Peter",
    ];

    private static readonly string[] LastNames =
    [
        "Alvarez", "Reyes", "Park", "Okafor", "Ortiz", "Petrov", "Dune", "Whitfield", "Amari", "Haddad", "Lindqvist",
        "Moreau", "Castellan", "Brandt", "Kowalski", "Navarro", "Sato", "Mbeki", "Fontaine", "Heller", "Quinn",
        "Rasmussen", "Varga", "Tanaka",
    ];

    private static readonly string[] Organizations =
    [
        "Northwind Energy", "Harbor Council", "Coastal Rail Company", "Bellmore Water Board",
        "Cape Rowan Hospital Trust", "Union of Dock Workers", "Port Authority", "Greenfield Bank",
        "Elena Shipping Line", "National Energy Agency", "Riverside Housing Association", "Northgate Football Club",
    ];

    private static readonly string[] Places =
    [
        "Harbor City", "Port Elena", "Northgate", "Bellmore", "Cape Rowan", "Ashford", "Kingsbridge", "Westmere",
        "Lakeview", "Stonehaven", "Marlow Bay", "Eastcliff",
    ];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Details = (
        "budget harbour ferry permit hearing vote tax school bridge road storm river coast fishing contract court "
        + "ruling appeal report audit election poll campaign debate grid solar wind gas price market loan housing rent "
        + "water power museum festival stadium hospital police rail tram airport pension tariff timetable dredging "
        + "lighthouse warehouse").Split(' ');

    private static readonly string[] Templates =
    [
        "{P1} said on {D} that {O} would review the {X} plans for {L} before the end of the month.",
        "{O} confirmed that {N} jobs depend on the {X} project in {L}, according to {P2}.",
        "Speaking in {L}, {P1} criticized {O} over the handling of the {X} and the {X} dispute.",
        "The council in {L} voted {N} to {M} on {D} to approve the {X} proposal put forward by {P2}.",
        "{P2}, a spokesperson for {O}, declined to comment on the {X} figures published on {D}.",
        "Residents of {L} asked {P1} whether the {X} would affect the {X} and local {X} costs.",
        "A judge in {L} ruled on {D} that {O} must publish its {X} records within {N} days.",
        "{P1} and {P2} met in {L} to discuss the {X}, the {X} and the future of the {X}.",
        "Shares of {O} rose {N} percent after the company reported stronger {X} revenue in {L}.",
        "Heavy rain closed the {X} road near {L} on {D}, and {O} said repairs would take {N} weeks.",
        "{O} hired {P2} to lead its {X} division, which employs {N} people in {L}.",
        "Police in {L} said {N} people were questioned after the {X} protest outside {O} on {D}.",
        "{P1} told reporters that the {X} agreement with {O} was signed after {N} months of talks.",
        "The {X} festival in {L} drew {N} visitors, said {P2}, who organised it with {O}.",
    ];

    /// <summary>Writes <paramref name="count"/> articles as <c>story-NNN.txt</c> into a folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="count">How many.</param>
    /// <param name="sentences">Sentences per article.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="cancellationToken">A token that stops the writing.</param>
    /// <returns>A task that completes when the files are written.</returns>
    public static async Task WriteArticlesAsync(string folder, int count, int sentences, int seed, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var digits = Math.Max(3, count.ToString(CultureInfo.InvariantCulture).Length);
        for (var i = 0; i < count; i++)
        {
            var name = "story-" + i.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0') + ".txt";
            await File.WriteAllTextAsync(Path.Combine(folder, name), Article(random, i, sentences), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Composes one article.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="index">The article's number, which picks its distinct lead names.</param>
    /// <param name="sentences">How many sentences.</param>
    /// <returns>The article's text.</returns>
    public static string Article(Random random, int index, int sentences)
    {
        // Distinct lead and second person per article: first and last names step through the lists at different rates.
        var lead = $"{FirstNames[index % FirstNames.Length]} {LastNames[(index * 7) % LastNames.Length]}";
        var second = $"{FirstNames[(index * 5 + 3) % FirstNames.Length]} {LastNames[(index * 11 + 5) % LastNames.Length]}";
        var organization = Organizations[index % Organizations.Length];
        var place = Places[(index * 5) % Places.Length];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{place.ToUpperInvariant()}, {Days[index % Days.Length]} - ");
        for (var s = 0; s < sentences; s++)
        {
            var sentence = Templates[random.Next(Templates.Length)]
                .Replace("{P1}", lead, StringComparison.Ordinal)
                .Replace("{P2}", second, StringComparison.Ordinal)
                .Replace("{O}", random.Next(3) == 0 ? Organizations[random.Next(Organizations.Length)] : organization, StringComparison.Ordinal)
                .Replace("{L}", random.Next(3) == 0 ? Places[random.Next(Places.Length)] : place, StringComparison.Ordinal)
                .Replace("{D}", Days[random.Next(Days.Length)], StringComparison.Ordinal);
            sentence = Fill(sentence, "{X}", () => Details[random.Next(Details.Length)]);
            sentence = Fill(sentence, "{N}", () => random.Next(2, 900).ToString(CultureInfo.InvariantCulture));
            sentence = Fill(sentence, "{M}", () => random.Next(0, 9).ToString(CultureInfo.InvariantCulture));
            text.Append(sentence).Append(s % 4 == 3 ? "\n\n" : " ");
        }

        return text.ToString().TrimEnd() + "\n";
    }

    private static string Fill(string sentence, string slot, Func<string> value)
    {
        int at;
        while ((at = sentence.IndexOf(slot, StringComparison.Ordinal)) >= 0)
        {
            sentence = string.Concat(sentence.AsSpan(0, at), value(), sentence.AsSpan(at + slot.Length));
        }

        return sentence;
    }
}
