namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>Why a request was not answered.</summary>
/// <param name="Error">The reason, in one sentence.</param>
public sealed record ApiError(string Error);
