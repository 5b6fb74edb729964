namespace GraphBuilder.Nlp.Embeddings;

/// <summary>
/// A document laid out for an encoder: its tokens in consecutive runs that the encoder computes independently of one
/// another, so that any run of runs can be encoded alone and gives exactly the vectors the whole document would.
/// </summary>
internal interface IEncodingPlan
{
    /// <summary>Gets the number of tokens the plan covers.</summary>
    int TokenCount { get; }

    /// <summary>Gets the first token of each run, ascending from 0; a run ends where the next begins, the last at <see cref="TokenCount"/>.</summary>
    IReadOnlyList<int> RunStarts { get; }

    /// <summary>Computes the vectors of the tokens of runs <paramref name="firstRun"/> to <paramref name="endRun"/> (exclusive).</summary>
    /// <param name="firstRun">The first run.</param>
    /// <param name="endRun">The run after the last one.</param>
    /// <param name="vectors">
    /// Receives the vectors token after token, from the first token of <paramref name="firstRun"/>; it must be zeroed
    /// and hold at least that many tokens' vectors.
    /// </param>
    /// <param name="cancellationToken">A token checked before each run of the encoder.</param>
    void Encode(int firstRun, int endRun, Span<float> vectors, CancellationToken cancellationToken = default);
}
