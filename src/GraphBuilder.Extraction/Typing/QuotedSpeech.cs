namespace GraphBuilder.Extraction.Typing;

/// <summary>Tells whether a place in the text lies inside a quotation its line opened and has not closed.</summary>
internal static class QuotedSpeech
{
    /// <summary>
    /// Tells whether a quotation mark opened and not closed on the line before a character: "CHO: In a statement he said:
    /// "I will meet the union leadership"" quotes another's words inside a speaker's turn.
    /// </summary>
    /// <param name="text">The document's text.</param>
    /// <param name="at">The character's offset.</param>
    /// <returns><see langword="true"/> inside a quotation.</returns>
    public static bool IsOpenAt(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var (straight, opened, closed) = (0, 0, 0);
        for (var c = start; c < at; c++)
        {
            switch (text[c])
            {
                case '"':
                    straight++;
                    break;
                case '\u201C':
                    opened++;
                    break;
                case '\u201D':
                    closed++;
                    break;
            }
        }

        return straight % 2 == 1 || opened > closed;
    }
}
