using System.Text;
using System.Text.RegularExpressions;

namespace GraphBuilder.Ingestion.Reading;

/// <summary>
/// Turns Markdown into plain text: the first level-one heading becomes the title and stays the first line; emphasis,
/// links, images, code fences, list markers and HTML tags are removed, so that NER sees prose.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>Converts Markdown to plain text.</summary>
    /// <param name="markdown">The Markdown.</param>
    /// <returns>The text and the title, if the document has a level-one heading.</returns>
    public static (string Text, string? Title) Convert(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        string? title = null;
        var builder = new StringBuilder(markdown.Length);
        var inFence = false;
        foreach (var rawLine in markdown.Split('\n'))
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
            if (Rule().IsMatch(line))
            {
                line = string.Empty;
            }

            builder.Append(Inline(line)).Append('\n');
        }

        return (builder.ToString().Trim(), title);
    }

    private static string Inline(string line)
    {
        line = Image().Replace(line, "${alt}");
        line = Link().Replace(line, "${text}");
        line = Tag().Replace(line, string.Empty);
        line = Emphasis().Replace(line, "${text}");
        return line.Replace("`", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s{0,3}(?<level>#{1,6})\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*>\s?")]
    private static partial Regex Quote();

    [GeneratedRegex(@"^\s*(?:[-*_]\s*){3,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"!\[(?<alt>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(\*\*|__|\*|_)(?<text>\S(?:.*?\S)?)\1")]
    private static partial Regex Emphasis();
}
