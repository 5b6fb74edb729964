using System.Collections.Frozen;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Reads Hungarian people's names as English-language news writes them: given name first in its own prose ("Ferenc
/// Nagy"), family name first where it quotes Hungarian (a court register, a signature, a caption: "Nagy Ferenc"), and a
/// married woman's names formed on her husband's ("Kovácsné Szabó Zsuzsanna", "Tóth Gáborné").
/// </summary>
public static class HungarianNames
{
    // Given names that are Hungarian and not also English ones, accent-folded and lower-case, so that a name ending in one
    // and not opening with one is written family name first. "Péter", "Anna" or "Dávid" would turn English names round;
    // "Gáspár", mostly a family name now, is left out for the same reason.
    private static readonly FrozenSet<string> GivenNames = FrozenSet.ToFrozenSet(
        [
            "akos", "antal", "arpad", "attila", "balazs", "barnabas", "bela", "bence", "botond", "csaba", "dezso", "endre",
            "erno", "ferenc", "feri", "gabor", "gergely", "gergo", "geza", "gyorgy", "gyula", "imre", "istvan", "janos",
            "jozsef", "kalman", "karoly", "kornel", "lajos", "laszlo", "levente", "lorinc", "marton", "mate", "miklos",
            "mihaly", "nandor", "oszkar", "pal", "sandor", "szabolcs", "tamas", "tibor", "tivadar", "vilmos", "zoltan",
            "zsolt", "zsigmond",
            "agnes", "aniko", "beata", "boglarka", "csilla", "dora", "edit", "emese", "eniko", "erzsebet", "eszter",
            "etelka", "gizella", "hajnalka", "ibolya", "ildiko", "ilona", "iren", "judit", "katalin", "kinga", "klara",
            "krisztina", "magdolna", "marta", "noemi", "nora", "orsolya", "piroska", "reka", "szilvia", "timea", "tunde",
            "zita", "zsofia", "zsuzsa", "zsuzsanna", "zsuzsi",
        ],
        StringComparer.Ordinal);

    /// <summary>Tells whether a word is a Hungarian given name that English does not share.</summary>
    /// <param name="word">The word, lower-case and accent-folded ("ferenc", "zsuzsanna").</param>
    /// <returns><see langword="true"/> for such a given name.</returns>
    public static bool IsGivenName(string word) => GivenNames.Contains(word);

    /// <summary>Tells whether a word as written is such a given name, or a married woman's name formed on one ("Gáborné").</summary>
    /// <param name="word">The word as written ("Ferenc", "Tamas", "Gáborné").</param>
    /// <returns><see langword="true"/> for a given name or a married name.</returns>
    public static bool IsWrittenGivenName(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return NameAnchor.Split(word) is [var folded] && (IsGivenName(folded) || (IsMarried(word) && IsGivenName(folded[..^2])));
    }

    /// <summary>
    /// Puts a Hungarian person's name in the order English prose writes it: "Nagy Ferenc" is "Ferenc Nagy", "Kovácsné
    /// Szabó Zsuzsanna" (Zsuzsanna, Mrs Kovács, born Szabó) is "Zsuzsanna Kovács", and "Tóth Gáborné" (Mrs Gábor Tóth)
    /// is Mrs Tóth, her family name alone.
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <param name="words">Its words without titles, lower-case, accent-folded or not.</param>
    /// <returns>Those words in English order, or <see langword="null"/> when the name is not written the Hungarian way.</returns>
    public static IReadOnlyList<string>? InEnglishOrder(string name, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count is < 2 or > 4)
        {
            return null;
        }

        var married = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(IsMarried)
            .SelectMany(NameAnchor.Split)
            .ToHashSet(StringComparer.Ordinal);
        var folded = words.Select(w => NameAnchor.Split(w) is [var one] ? one : w).ToList();
        if (married.Contains(folded[0]) && IsGivenName(folded[^1]))
        {
            return [words[^1], words[0][..^2]];
        }

        if (words.Count == 2 && married.Contains(folded[1]) && IsGivenName(folded[1][..^2]))
        {
            return [words[0]];
        }

        return words.Count <= 3 && !IsGivenName(folded[0]) && folded.Skip(1).All(IsGivenName) ? [.. words.Skip(1), words[0]] : null;
    }

    // "Kovácsné", "Gáborné": the accent is the one mark of the married form, so only as written.
    private static bool IsMarried(string word) =>
        word.Length > 4 && char.IsUpper(word[0]) && (word.EndsWith("né", StringComparison.Ordinal) || word.EndsWith("NÉ", StringComparison.Ordinal));
}
