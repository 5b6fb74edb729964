namespace GraphBuilder.Nlp.Documents;

/// <summary>The kinds of news page furniture a text can hold besides its story.</summary>
public enum LayoutKind
{
    /// <summary>A headline or title written in Title Case (<c>Mayor Resigns In Wake Of Audit</c>).</summary>
    Headline,

    /// <summary>The place and agency before a story's first sentence (<c>WASHINGTON (Reuters) —</c>).</summary>
    Dateline,

    /// <summary>The author's line (<c>By Jane Doe, Staff Writer</c>).</summary>
    Byline,

    /// <summary>A photo or image credit (<c>CREDIT: AGENCY PHOTO/NAME</c>, <c>(Name, Agency)</c>, <c>Image: Name</c>).</summary>
    Credit,

    /// <summary>A source trailer (<c>Source: Reuters | Site</c>).</summary>
    SourceLine,

    /// <summary>A press release's marker above its headline (<c>FOR IMMEDIATE RELEASE</c>, <c>Embargoed until 10:00 CET</c>).</summary>
    ReleaseLine,
}
