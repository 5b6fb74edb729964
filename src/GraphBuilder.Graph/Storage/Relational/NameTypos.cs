namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>
/// Tells whether a typed text is one typo (an insertion, deletion, substitution or swap of neighbours) away from the
/// start of a word of a name, so that "Puttin" still finds Vladimir Putin.
/// </summary>
internal static class NameTypos
{
    /// <summary>Whether <paramref name="query"/> (lowercase) is within one edit of a word of <paramref name="text"/> or its start.</summary>
    public static bool AnyWordNear(string query, string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (Near(query, text.AsSpan(start, i - start)))
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }

    private static bool Near(string query, ReadOnlySpan<char> word)
    {
        // The word's start as long as the query, give or take the one edit.
        for (var length = query.Length - 1; length <= query.Length + 1; length++)
        {
            if (length > 0 && length <= word.Length && Distance(query, word[..length]) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The optimal string alignment distance, case-insensitive for the word (the query is lowercase already).</summary>
    private static int Distance(string a, ReadOnlySpan<char> b)
    {
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == char.ToLowerInvariant(b[j - 2]) && a[i - 2] == char.ToLowerInvariant(b[j - 1]))
                {
                    best = Math.Min(best, previous2[j - 2] + 1);
                }

                current[j] = best;
            }

            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }
}
