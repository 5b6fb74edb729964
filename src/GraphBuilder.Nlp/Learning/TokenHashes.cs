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
        Span<char> lowerBuffer = stackalloc char[64];
        for (var i = 0; i < spans.Length; i++)
        {
            var token = text.AsSpan(spans[i].Start, spans[i].Length);
            ref var h = ref result[i];
            h.Word = FeatureHash.Chars(token);
            HashLowerAndAffixes(ref h, token, lowerBuffer);
            HashShapeAndFlags(ref h, token, shape);
        }

        return result;
    }

    /// <summary>Sets the lower-cased hash, the prefixes and the suffixes; <paramref name="lowerBuffer"/> is scratch.</summary>
    private static void HashLowerAndAffixes(ref TokenHashes h, ReadOnlySpan<char> token, Span<char> lowerBuffer)
    {
        // One pass gives the lower-cased hash and its prefixes; suffixes hash the last characters again.
        var lowered = token.Length <= 64 ? lowerBuffer[..token.Length] : lowerBuffer[..0];
        var hash = FeatureHash.Empty;
        h.Prefix1 = h.Prefix2 = h.Prefix3 = h.Prefix4 = hash;
        for (var k = 0; k < token.Length; k++)
        {
            var c = token[k];
            var l = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c + 32 : c) : char.ToLowerInvariant(c);
            if (k < lowered.Length)
            {
                lowered[k] = l;
            }

            hash = FeatureHash.Step(hash, l);
            switch (k)
            {
                case 0: h.Prefix1 = hash; break;
                case 1: h.Prefix2 = hash; break;
                case 2: h.Prefix3 = hash; break;
                case 3: h.Prefix4 = hash; break;
            }
        }

        h.Lower = hash;
        if (token.Length < 4)
        {
            h.Prefix4 = hash;
            h.Prefix3 = token.Length < 3 ? hash : h.Prefix3;
            h.Prefix2 = token.Length < 2 ? hash : h.Prefix2;
        }

        if (lowered.Length == token.Length)
        {
            h.Suffix1 = FeatureHash.Chars(lowered[Math.Max(0, token.Length - 1)..]);
            h.Suffix2 = FeatureHash.Chars(lowered[Math.Max(0, token.Length - 2)..]);
            h.Suffix3 = FeatureHash.Chars(lowered[Math.Max(0, token.Length - 3)..]);
            h.Suffix4 = FeatureHash.Chars(lowered[Math.Max(0, token.Length - 4)..]);
        }
        else
        {
            h.Suffix1 = FeatureHash.LowerChars(token[Math.Max(0, token.Length - 1)..]);
            h.Suffix2 = FeatureHash.LowerChars(token[Math.Max(0, token.Length - 2)..]);
            h.Suffix3 = FeatureHash.LowerChars(token[Math.Max(0, token.Length - 3)..]);
            h.Suffix4 = FeatureHash.LowerChars(token[Math.Max(0, token.Length - 4)..]);
        }
    }

    /// <summary>Sets the shape and the flags; <paramref name="shape"/> is scratch.</summary>
    private static void HashShapeAndFlags(ref TokenHashes h, ReadOnlySpan<char> token, Span<char> shape)
    {
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
}
