using System.Collections.Frozen;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Nlp.Layout;

/// <summary>
/// Finds the lines written in Title Case and gives the recogniser a view of the text in which their common words are
/// in lower case, as the training news writes them: "Mayor Resigns In Wake Of Audit" reads "Mayor resigns in wake of
/// audit", so that neither the verb nor the prepositions join a name. Weekdays and dates written straight after a
/// name are read in lower case too ("Okafor sunday told").
/// </summary>
/// <remarks>
/// A word keeps its capital when the story itself writes it capitalised inside a sentence; it loses it when the story
/// writes it in lower case or it is a function word. A word the story does not use loses it when the word list says it
/// is a common word, never a proper noun; a word the list does not know loses it too when the story has a body,
/// because news names the people and places of its headline again in the story. A line's first word is left alone.
/// </remarks>
internal static class HeadlineCasing
{
    // Fewer words outside the headlines than this, and the story cannot be trusted to name its headline's names again.
    private const int MinimumBody = 15;

    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        ],
        StringComparer.Ordinal);

    // Words that make a weekday part of a name of its own ("Good Friday", "The Sunday Times").
    private static readonly FrozenSet<string> HolidayWords = FrozenSet.ToFrozenSet(
        ["The", "Good", "Black", "Super", "Cyber", "Ash", "Holy", "Easter", "Palm", "Bloody", "Maundy", "Shrove", "Great", "Man", "Girl"],
        StringComparer.Ordinal);

    /// <summary>Gets the words Title Case capitalises that sentence case does not (lower case).</summary>
    public static FrozenSet<string> FunctionWords { get; } = FrozenSet.ToFrozenSet(
        [
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs",
            "via", "per", "into", "onto", "over", "up", "off", "out", "after", "amid", "about", "against", "before", "under",
            "is", "are", "was", "were", "be", "will", "has", "have", "had", "its", "his", "her", "their", "that", "this",
        ],
        StringComparer.Ordinal);

    /// <summary>Returns whether the tokens of a line are a Title Case headline.</summary>
    /// <param name="document">The document.</param>
    /// <param name="first">The line's first token.</param>
    /// <param name="end">The index past the line's last token.</param>
    /// <returns><see langword="true"/> when every word is capitalised or a function word, with at least two capitalised words after the first.</returns>
    public static bool IsTitleCase(Document document, int first, int end)
    {
        if (end - first > 30)
        {
            return false;
        }

        var titled = 0;
        for (var t = first; t < end; t++)
        {
            var word = document.TokenText(t);
            if (!char.IsLetter(word[0]))
            {
                continue;
            }

            if (char.IsLower(word[0]))
            {
                if (!FunctionWords.Contains(word))
                {
                    return false;
                }
            }
            else if (t > first && IsTitleShaped(word))
            {
                titled++;
            }
        }

        return titled >= 2;
    }

    /// <summary>
    /// Returns the text with the common words of its Title Case headlines in lower case, and the weekdays and dates
    /// written straight after a name, or <see langword="null"/> when nothing changes.
    /// </summary>
    /// <param name="document">The tokenised document.</param>
    /// <param name="headlines">The token ranges of the headlines.</param>
    /// <param name="isCommonWord">
    /// Says whether a lower-case word is a common word that is never a name (<see langword="true"/>), may be a name
    /// (<see langword="false"/>), or is unknown (<see langword="null"/>).
    /// </param>
    /// <returns>The re-cased text, of the text's length.</returns>
    public static string? Recase(Document document, IReadOnlyList<(int First, int End)> headlines, Func<string, bool?> isCommonWord)
    {
        char[]? chars = null;
        LowerDatesAfterNames(document, ref chars);
        if (headlines.Count == 0)
        {
            return chars is null ? null : new string(chars);
        }

        var (lower, capitalised, words) = StoryCasing(document, headlines);
        var hasBody = words >= MinimumBody;
        foreach (var (first, end) in headlines)
        {
            for (var t = first + 1; t < end; t++)
            {
                var word = document.TokenText(t);
                if (!IsTitleShaped(word) || !Lowers(word.ToLowerInvariant(), lower, capitalised, hasBody, isCommonWord))
                {
                    continue;
                }

                Lower(document, t, ref chars);
            }
        }

        return chars is null ? null : new string(chars);
    }

    private static void LowerDatesAfterNames(Document document, ref char[]? chars)
    {
        // "Okafor Sunday told", "Tomas Reyes May 12": a weekday, or a month before a day, written straight after a
        // name reads as part of it; in lower case it reads as the date it is. "Good Friday", "Super Tuesday" stay.
        for (var t = 1; t < document.Tokens.Count; t++)
        {
            // The date word first: most tokens are not one, and their neighbours need not be read.
            var word = document.TokenText(t);
            var isWeekday = Weekdays.Contains(word);
            if (!isWeekday && !Months.Contains(word))
            {
                continue;
            }

            var previous = document.TokenText(t - 1);
            if (!char.IsUpper(previous[0]) || !previous.Any(char.IsLetter) || HolidayWords.Contains(previous))
            {
                continue;
            }

            var next = t + 1 < document.Tokens.Count ? document.TokenText(t + 1) : string.Empty;
            var isDay = next.Length is 1 or 2 && next.All(char.IsAsciiDigit);
            if (isWeekday || isDay)
            {
                Lower(document, t, ref chars);
            }
        }
    }

    private static void Lower(Document document, int token, ref char[]? chars)
    {
        chars ??= document.Text.ToCharArray();
        var span = document.Tokens[token].Span;
        for (var c = span.Start; c < span.End; c++)
        {
            chars[c] = char.ToLowerInvariant(chars[c]);
        }
    }

    private static bool Lowers(string word, HashSet<string> lower, HashSet<string> capitalised, bool hasBody, Func<string, bool?> isCommonWord) =>
        FunctionWords.Contains(word)
        || (!capitalised.Contains(word) && (lower.Contains(word) || (isCommonWord(word) ?? hasBody)));

    private static (HashSet<string> Lower, HashSet<string> Capitalised, int Words) StoryCasing(Document document, IReadOnlyList<(int First, int End)> headlines)
    {
        var words = 0;
        // How the story writes each word outside its headlines; a sentence's first word says nothing about case.
        var lower = new HashSet<string>(StringComparer.Ordinal);
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        var h = 0;
        foreach (var sentence in document.Sentences)
        {
            if (IsAllCaps(document, sentence))
            {
                continue;
            }

            for (var t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
            {
                while (h < headlines.Count && headlines[h].End <= t)
                {
                    h++;
                }

                if (h < headlines.Count && headlines[h].First <= t)
                {
                    continue;
                }

                var word = document.TokenText(t);
                if (char.IsLower(word[0]))
                {
                    lower.Add(word);
                    words++;
                }
                else if (char.IsUpper(word[0]) && !IsAfterOpener(document, t))
                {
                    // Capitals count too ("HARBOR CITY (Reuters) —"), but not a sentence all in capitals.
                    capitalised.Add(word.ToLowerInvariant());
                    words++;
                }
            }
        }

        return (lower, capitalised, words);
    }

    private static bool IsAllCaps(Document document, Sentence sentence)
    {
        var letters = 0;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var word = document.TokenText(t);
            if (word.Any(char.IsLower))
            {
                return false;
            }

            letters += word.Any(char.IsLetter) ? 1 : 0;
        }

        return letters >= 2;
    }

    // A word after an opening quote or a colon may start a quoted sentence.
    private static bool IsAfterOpener(Document document, int t) =>
        document.TokenText(t - 1) is "\"" or "“" or "‘" or "'" or ":" or "(" or "—" or "–" or "-";

    // "Resigns", not "WikiLeaks" or "McBride": inner capitals mark a name.
    private static bool IsTitleShaped(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.AsSpan(1).ContainsAnyInRange('a', 'z') && !word.AsSpan(1).ContainsAnyInRange('A', 'Z');
}
