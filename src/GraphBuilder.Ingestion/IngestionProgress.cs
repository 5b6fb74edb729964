namespace GraphBuilder.Ingestion;

/// <summary>
/// Reports progress through a run.
/// </summary>
/// <param name="Processed">The number of inputs handled so far.</param>
/// <param name="Location">The input just handled.</param>
/// <param name="Outcome">What became of it: <c>ingested</c>, <c>unchanged</c>, <c>duplicate</c> or <c>failed</c>.</param>
public readonly record struct IngestionProgress(int Processed, string Location, string Outcome);
