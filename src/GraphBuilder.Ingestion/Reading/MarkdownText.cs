using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GraphBuilder.Ingestion.Reading;

/// <summary>
/// Turns Markdown into plain text: the first level-one heading becomes the title and stays the first line; emphasis,
/// links, images, code fences, list markers and HTML tags are removed, and a table's rows become lines of their cells
/// ("Host: …" for a row of two), so that NER sees prose. A YAML front matter block
/// (between <c>---</c> lines at the top, as static-site generators write it) is metadata, not text: its <c>title</c>
/// stands in for a missing heading and its <c>date</c> is the publication date, and its other fields (an author
/// "Ironclad Forensics Threat Intelligence") give no names.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>Converts Markdown to plain text.</summary>
    /// <param name="markdown">The Markdown.</param>
    /// <returns>The text; the title, from the first level-one heading or else the front matter; and the front matter's
    /// date.</returns>
    public static (string Text, string? Title, DateTimeOffset? PublishedAt) Convert(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        string? title = null;
        var builder = new StringBuilder(markdown.Length);
        var inFence = false;
        var lines = markdown.Split('\n');
        var (bodyStart, front) = FrontMatter(lines);
        foreach (var rawLine in lines.AsSpan(bodyStart))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                line = heading.Groups["text"].Value.Trim();
                // The title stays the text's first line too, as a page's h1 and a plain story's headline do, so that
                // the names it gives ("Episode 141: Priyanka Raman on the lawsuit") are read with the story.
                if (title is null && heading.Groups["level"].Value.Length == 1)
                {
                    title = Inline(line);
                }
            }

            line = ListMarker().Replace(line, string.Empty);
            line = Quote().Replace(line, string.Empty);
            if (TableDelimiter().IsMatch(line))
            {
                // The line under a table's header is no line of text: the rows stay together.
                continue;
            }

            if (Rule().IsMatch(line))
            {
                line = string.Empty;
            }
            else if (TableRow().IsMatch(line))
            {
                line = TableCells(line);
                if (line.Length == 0)
                {
                    continue;
                }
            }

            builder.Append(Inline(line)).Append('\n');
        }

        var published = front.TryGetValue("date", out var date)
            && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : (DateTimeOffset?)null;
        return (builder.ToString().Trim(), title ?? (front.TryGetValue("title", out var named) && named.Length > 0 ? named : null), published);
    }

    /// <summary>Finds a front matter block: the index of the first line after it, and its fields (unquoted).</summary>
    private static (int BodyStart, Dictionary<string, string> Fields) FrontMatter(string[] lines)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (lines.Length == 0 || lines[0].TrimEnd('\r').TrimEnd() != "---")
        {
            return (0, fields);
        }

        // A closing line within the first lines, and only "key: value" lines (or blank or indented ones) before it;
        // otherwise the opening "---" was a rule and the document has no front matter (two rules around nothing lose
        // nothing either way).
        for (var i = 1; i < Math.Min(lines.Length, 64); i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.TrimEnd() is "---" or "...")
            {
                return (i + 1, fields);
            }

            var field = FrontMatterField().Match(line);
            if (field.Success)
            {
                fields.TryAdd(field.Groups["key"].Value, field.Groups["value"].Value.Trim().Trim('"', '\'').Trim());
            }
            else if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && !line.StartsWith('-'))
            {
                return (0, []);
            }
        }

        return (0, []);
    }

    // "| Host | Ana Beatriz Cordeiro Vasconcelos |": a row of two cells is a label and its value ("Host: Ana Beatriz …"),
    // as a programme's or a fact box's table gives them; a wider row's cells are read one after another. Empty cells
    // (a header row left blank) give nothing.
    private static string TableCells(string line)
    {
        var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        return cells.Count == 2 ? $"{cells[0].TrimEnd(':')}: {cells[1]}" : string.Join("; ", cells);
    }

    private static string Inline(string line)
    {
        line = Image().Replace(line, "${alt}");
        line = Link().Replace(line, "${text}");
        line = Tag().Replace(line, string.Empty);
        line = Emphasis().Replace(line, "${text}");
        return line.Replace("`", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_-]*):(?:\s+(?<value>.*))?$")]
    private static partial Regex FrontMatterField();

    [GeneratedRegex(@"^\s{0,3}(?<level>#{1,6})\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*>\s?")]
    private static partial Regex Quote();

    [GeneratedRegex(@"^\s*(?:[-*_]\s*){3,}$")]
    private static partial Regex Rule();

    // "|---|:---:|" under a table's header.
    [GeneratedRegex(@"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$")]
    private static partial Regex TableDelimiter();

    [GeneratedRegex(@"^\s*\|.*\|\s*$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"!\[(?<alt>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(\*\*|__|\*|_)(?<text>\S(?:.*?\S)?)\1")]
    private static partial Regex Emphasis();
}
