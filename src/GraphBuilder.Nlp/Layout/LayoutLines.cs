using System.Text.RegularExpressions;
using GraphBuilder.Nlp.Documents;

namespace GraphBuilder.Nlp.Layout;

/// <summary>
/// Recognises the furniture lines of news pages by their shape: bylines, photo credits, source trailers, press releases'
/// markers and datelines. Each pattern is anchored to a line, so a story's own sentences, which run on, never match.
/// </summary>
internal static partial class LayoutLines
{
    private const string Word = @"\p{Lu}[\p{L}.'’\-]*";

    /// <summary>Adds the furniture a line holds; returns whether the whole line is furniture.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The line's first character (not white space).</param>
    /// <param name="end">The end of the line's last character (not white space).</param>
    /// <param name="layout">Receives the pieces.</param>
    public static bool Classify(string text, int start, int end, List<LayoutSpan> layout)
    {
        var line = text[start..end];
        if (line.Length <= 120 && Byline().IsMatch(line))
        {
            layout.Add(new LayoutSpan(LayoutKind.Byline, new TextSpan(start, end)));
            return true;
        }

        if (line.Length <= 160 && (CreditLine().IsMatch(line) || CameraCredit().IsMatch(line)))
        {
            layout.Add(new LayoutSpan(LayoutKind.Credit, new TextSpan(start, end)));
            return true;
        }

        if (line.Length <= 80 && ReleaseLine().IsMatch(line))
        {
            layout.Add(new LayoutSpan(LayoutKind.ReleaseLine, new TextSpan(start, end)));
            return true;
        }

        if (line.Length <= 200 && SourceLine().Match(line) is { Success: true } source
            && (source.Value.Contains('|', StringComparison.Ordinal) || CountWords(line) <= 12))
        {
            layout.Add(new LayoutSpan(LayoutKind.SourceLine, new TextSpan(start, end)));
            return true;
        }

        if (line.Length <= 30 && DeskCodes().IsMatch(line))
        {
            layout.Add(new LayoutSpan(LayoutKind.SourceLine, new TextSpan(start, end)));
            return true;
        }

        if ((Dateline().Match(line) is { Success: true } dateline || (dateline = AgencyDateline().Match(line)).Success
                || ((dateline = ColonDateline().Match(line)).Success && !IsSpeakersLabel(text, dateline.Value.TrimEnd()) && !IsCaptionLabel(dateline.Value)))
            && dateline.Value.Count(char.IsLetter) >= 4)
        {
            layout.Add(new LayoutSpan(LayoutKind.Dateline, new TextSpan(start, start + dateline.Value.TrimEnd().Length)));
        }

        // A credit that closes a caption: "... at the gate. (Priya Nair, Associated Press)", "Shimon Peres image: David Shankbone."
        if (TrailingCredit().Match(line) is { Success: true } credit)
        {
            layout.Add(new LayoutSpan(LayoutKind.Credit, new TextSpan(start + credit.Index, end)));
        }

        return false;
    }

    // "PHOTO: Municipal workers collect dead fish …": a caption's label in capitals is no dateline's place.
    private static bool IsCaptionLabel(string label) =>
        label.TrimEnd().TrimEnd(':') is "PHOTO" or "PHOTOS" or "FILE PHOTO" or "PICTURE" or "IMAGE" or "CREDIT" or "VIDEO" or "CAPTION" or "GRAPHIC";

    // "LEBLANC: I do.": capitals and a colon that open another line too, or that open one of three or more such lines, are
    // a transcript's speaker, not a dateline's place.
    private static bool IsSpeakersLabel(string text, string label)
    {
        var lines = 0;
        var labels = 0;
        for (var start = 0; start < text.Length && lines < 2 && labels < 3; start = text.IndexOf('\n', start) is var end and >= 0 ? end + 1 : text.Length)
        {
            if (text.AsSpan(start).StartsWith(label, StringComparison.Ordinal))
            {
                lines++;
            }

            if (ColonDateline().IsMatch(text.AsSpan(start, Math.Min(80, text.Length - start))))
            {
                labels++;
            }
        }

        return lines >= 2 || labels >= 3;
    }

    private static int CountWords(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // "By Jane Doe", "BY JANE DOE AND JOHN ROE", "By Jane Doe, Staff Writer": no sentence punctuation at the end.
    [GeneratedRegex(@"^(?:By|BY)\s+" + Word + @"(?:\s+" + Word + @"){0,3}(?:\s*(?:,|\band\b|\bAND\b|&)\s*[^.!?]*)?$")]
    private static partial Regex Byline();

    // "CREDIT: HARBOR GAZETTE PHOTO/DANIEL BRANDT", "Photo: Reuters", "Image: David Titley."
    [GeneratedRegex(@"^(?:CREDITS?|Credits?|PHOTO(?: CREDIT)?|Photo(?: credit)?|PHOTOS|Photos|IMAGE|Image|PICTURE|Picture|Photograph)\s*:\s*"
        + @"(?:\p{Lu}|\p{N})[^.!?]{0,100}\.?$")]
    private static partial Regex CreditLine();

    // "REUTERS PHOTO/JANE DOE", "AP Photo/Jane Doe" on a line of their own.
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}.&\-]*\s+){0,4}(?:PHOTO|Photo|photo)\s*/\s*" + Word + @"(?:\s+" + Word + @"){0,3}\.?$")]
    private static partial Regex CameraCredit();

    // "FOR IMMEDIATE RELEASE", "Press Release", "MEDIA STATEMENT", "EMBARGOED UNTIL 00:01 GMT, 16 JULY": a press
    // release's marker, which stands above its headline.
    [GeneratedRegex(@"^(?:(?:FOR IMMEDIATE RELEASE|For [Ii]mmediate [Rr]elease|(?:PRESS|NEWS|MEDIA) (?:RELEASE|STATEMENT)|(?:Press|News|Media) (?:[Rr]elease|[Ss]tatement))[.:]?"
        + @"|(?:EMBARGOED|Embargoed)(?: (?:UNTIL|until|TO|to)\b.*)?)$")]
    private static partial Regex ReleaseLine();

    // "Source: Reuters | Harbor Gazette", "Sources: AP, Reuters".
    [GeneratedRegex(@"^(?:Sources?|SOURCES?)\s*:\s*\S.*$")]
    private static partial Regex SourceLine();

    // "PTI RKM ANU", "IANS SKP": a wire agency's name and its desk's initials, the trailer of South Asian wire copy. Only
    // after an agency's name, so that a short headline in capitals ("TAX CUT DUE") stays text.
    [GeneratedRegex(@"^(?:PTI|IANS|ANI|UNI|APP|BSS|NNI|AFP|AP|AAP|DPA|ANSA|EFE)(?:\s+\p{Lu}{2,4}){1,3}$")]
    private static partial Regex DeskCodes();

    // "WASHINGTON (Reuters) — ", "HARBOR CITY — ", "WELLSTON, Oct. 4 (AP) - ", "ASTORIA, Ore., April 11 - ",
    // "BRUSSELS, Aug 12, 2026 (AFP) - ", "MAP TA PHUT, Rayong, Thailand, June 4, 2027 (Siam Wire) — ": a place in
    // capitals, up to two regions ("Ore.", "N.Y.", "New Mexico", a province and its country), date (with its year or
    // without) and agency, then a dash.
    [GeneratedRegex(@"^\p{Lu}{2,}[\p{Lu}.'’\-]*(?:[ ,]+\p{Lu}[\p{Lu}.'’\-]*){0,3}"
        + @"(?:,\s*\p{Lu}[\p{L}.]{0,9}(?:\s\p{Lu}[\p{Ll}.]{1,9})?(?=[ ,])){0,2}(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
        + @"(?:\s*\([^()\n]{1,40}\)|\s*/[^/\n]{1,20}/)?\s*(?:[—–]|--?)\s+(?=[\p{Lu}""“‘'])")]
    private static partial Regex Dateline();

    // "New Delhi, Nov 28 (PTI) The ...": a place, a date and the agency in parentheses, with no dash after them.
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’\-]*(?:\s\p{Lu}[\p{L}.'’\-]*){0,2},\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\([\p{Lu}][^()\n]{1,20}\)\s+(?=[\p{Lu}""“‘'])")]
    private static partial Regex AgencyDateline();

    // "BENGALURU: FreshKart co-founder ...": a place in capitals and a colon; not a label such as "UPDATE:" or "WATCH:".
    [GeneratedRegex(@"^(?!(?:UPDATE|UPDATED|BREAKING|WATCH|EXCLUSIVE|ANALYSIS|OPINION|LIVE|VIDEO|PHOTOS|EDITORIAL|CORRECTION|NOTE|EDITOR|READ|LISTEN|SPONSORED|ADVERTISEMENT|CLARIFICATION|WARNING)\b)"
        + @"\p{Lu}{3,}(?:\s\p{Lu}{2,}){0,2}:\s+(?=[\p{Lu}""“‘'])")]
    private static partial Regex ColonDateline();

    // "(Priya Nair, Associated Press)", "(Jane Doe/Reuters)" closing a line; "image: David Shankbone." after a caption.
    [GeneratedRegex(@"(?:\((?:" + Word + @"\s+){1,3}" + Word + @"\s*[,/]\s*\p{Lu}[^()\n]{1,40}\)"
        + @"|(?<=\S\s)(?:[Ii]mage|IMAGE|[Pp]hoto|PHOTO|[Cc]redit|CREDIT)\s*:\s*" + Word + @"(?:(?:\s+|\s*/\s*)" + Word + @"){0,4})\s*\.?$")]
    private static partial Regex TrailingCredit();
}
