namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// Sequences of different lengths laid one after another as the rows of one matrix (no padding, so no attention
/// mask: a sequence attends only to its own rows).
/// </summary>
internal sealed class SequenceBatch
{
    /// <summary>Initializes a new instance of the <see cref="SequenceBatch"/> class.</summary>
    /// <param name="lengths">The length of each sequence, in rows.</param>
    public SequenceBatch(IReadOnlyList<int> lengths)
    {
        Lengths = [.. lengths];
        Offsets = new int[Lengths.Length];
        var rows = 0;
        for (var s = 0; s < Lengths.Length; s++)
        {
            Offsets[s] = rows;
            rows += Lengths[s];
        }

        Rows = rows;
    }

    public int[] Lengths { get; }

    public int[] Offsets { get; }

    /// <summary>Gets the total number of rows.</summary>
    public int Rows { get; }

    public int Count => Lengths.Length;
}
