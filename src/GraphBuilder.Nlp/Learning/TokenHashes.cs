namespace GraphBuilder.Nlp.Learning;

/// <summary>
/// Holds the hashes of one token's surface properties, computed once per document so that window features are cheap.
/// </summary>
internal struct TokenHashes
{
    /// <summary>The token as written.</summary>
    public ulong Word;

    /// <summary>The token lower-cased.</summary>
    public ulong Lower;

    /// <summary>The token's compressed shape (<c>Xx</c>, <c>d.d</c>).</summary>
    public ulong Shape;

    /// <summary>The lower-cased prefixes of one to four characters.</summary>
    public ulong Prefix1, Prefix2, Prefix3, Prefix4;

    /// <summary>The lower-cased suffixes of one to four characters.</summary>
    public ulong Suffix1, Suffix2, Suffix3, Suffix4;

    /// <summary>The token's <see cref="TokenFlags"/>.</summary>
    public TokenFlags Flags;

    /// <summary>Computes the hashes of every token of a text.</summary>
    public static TokenHashes[] Compute(string text, ReadOnlySpan<Documents.TextSpan> spans)
    {
        var result = new TokenHashes[spans.Length];
        Span<char> shape = stackalloc char[16];
        for (var i = 0; i < spans.Length; i++)
        {
            var token = text.AsSpan(spans[i].Start, spans[i].Length);
            ref var h = ref result[i];
            h.Word = FeatureHash.Chars(token);
            h.Lower = FeatureHash.LowerChars(token);
            h.Prefix1 = FeatureHash.LowerChars(token[..Math.Min(1, token.Length)]);
            h.Prefix2 = FeatureHash.LowerChars(token[..Math.Min(2, token.Length)]);
            h.Prefix3 = FeatureHash.LowerChars(token[..Math.Min(3, token.Length)]);
            h.Prefix4 = FeatureHash.LowerChars(token[..Math.Min(4, token.Length)]);
            h.Suffix1 = FeatureHash.LowerChars(token[Math.Max(0, token.Length - 1)..]);
            h.Suffix2 = FeatureHash.LowerChars(token[Math.Max(0, token.Length - 2)..]);
            h.Suffix3 = FeatureHash.LowerChars(token[Math.Max(0, token.Length - 3)..]);
            h.Suffix4 = FeatureHash.LowerChars(token[Math.Max(0, token.Length - 4)..]);
            var length = 0;
            var upper = 0;
            var lower = 0;
            var digit = 0;
            var previous = '\0';
            foreach (var c in token)
            {
                char cls;
                if (char.IsUpper(c))
                {
                    cls = 'X';
                    upper++;
                }
                else if (char.IsLower(c))
                {
                    cls = 'x';
                    lower++;
                }
                else if (char.IsDigit(c))
                {
                    cls = 'd';
                    digit++;
                }
                else
                {
                    cls = c;
                }

                if (cls != previous && length < shape.Length)
                {
                    shape[length++] = cls;
                }

                previous = cls;
            }

            h.Shape = FeatureHash.Chars(shape[..length]);
            var flags = TokenFlags.None;
            if (upper > 0 && char.IsUpper(token[0]) && lower > 0)
            {
                flags |= TokenFlags.Title;
            }

            if (upper > 0 && lower == 0)
            {
                flags |= TokenFlags.AllCaps;
            }

            if (lower > 0 && upper == 0)
            {
                flags |= TokenFlags.AllLower;
            }

            if (digit > 0)
            {
                flags |= TokenFlags.Digit;
            }

            if (upper + lower + digit == 0)
            {
                flags |= TokenFlags.Punctuation;
            }

            h.Flags = flags;
        }

        return result;
    }
}
