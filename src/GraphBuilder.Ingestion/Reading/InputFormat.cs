namespace GraphBuilder.Ingestion.Reading;

/// <summary>
/// Enumerates the input file formats, chosen by file extension.
/// </summary>
public enum InputFormat
{
    /// <summary>Plain text (<c>.txt</c>): the whole file is the article.</summary>
    Text = 0,

    /// <summary>Markdown (<c>.md</c>): the first heading is the title, markup is removed.</summary>
    Markdown,

    /// <summary>HTML (<c>.html</c>, <c>.htm</c>): the main text, title, URL and date are extracted.</summary>
    Html,

    /// <summary>JSON (<c>.json</c>): an article object, or an array of them.</summary>
    Json,

    /// <summary>JSON lines (<c>.jsonl</c>): one article object per line.</summary>
    JsonLines,

    /// <summary>PDF (<c>.pdf</c>): the text of its pages in order; the title from the document information.</summary>
    Pdf,

    /// <summary>A feed saved as a file (<c>.xml</c>, <c>.rss</c>, <c>.atom</c>): each RSS 2.0 or Atom item is an article.</summary>
    Feed,
}
