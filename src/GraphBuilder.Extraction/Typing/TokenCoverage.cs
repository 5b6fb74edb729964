using GraphBuilder.Extraction.Documents;

namespace GraphBuilder.Extraction.Typing;

/// <summary>
/// Records which mention covers each token, so that the rules that add names look overlaps up in time proportional to
/// a name's length rather than to the document's mentions (a long text has hundreds of thousands of them).
/// </summary>
internal sealed class TokenCoverage
{
    private const int Free = -1;
    private readonly int[] _owners;

    /// <summary>Initializes a new instance of the <see cref="TokenCoverage"/> class from a document's mentions.</summary>
    /// <param name="tokenCount">The number of tokens in the document.</param>
    /// <param name="mentions">The mentions; their indexes in this list are the owners reported.</param>
    public TokenCoverage(int tokenCount, IReadOnlyList<Mention> mentions)
    {
        _owners = new int[tokenCount];
        Array.Fill(_owners, Free);
        for (var i = 0; i < mentions.Count; i++)
        {
            Claim(mentions[i].FirstToken, mentions[i].EndToken, i);
        }
    }

    /// <summary>Tells whether no mention covers a token of a range.</summary>
    /// <param name="first">The range's first token.</param>
    /// <param name="end">The index just past its last token.</param>
    /// <returns><see langword="true"/> when every token of the range is free.</returns>
    public bool IsFree(int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (_owners[t] != Free)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lists the mentions that cover tokens of a range.</summary>
    /// <param name="first">The range's first token.</param>
    /// <param name="end">The index just past its last token.</param>
    /// <returns>The mentions' indexes, each once, in text order.</returns>
    public List<int> Owners(int first, int end)
    {
        var owners = new List<int>();
        for (var t = first; t < end; t++)
        {
            var owner = _owners[t];
            if (owner != Free && !owners.Contains(owner))
            {
                owners.Add(owner);
            }
        }

        return owners;
    }

    /// <summary>Records that a mention covers a range of tokens.</summary>
    /// <param name="first">The range's first token.</param>
    /// <param name="end">The index just past its last token.</param>
    /// <param name="owner">The mention's index.</param>
    public void Claim(int first, int end, int owner)
    {
        for (var t = first; t < end; t++)
        {
            _owners[t] = owner;
        }
    }
}
