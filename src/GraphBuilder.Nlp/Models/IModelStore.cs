namespace GraphBuilder.Nlp.Models;

/// <summary>
/// Provides the bytes of trained models. Stages load their model through a store once, on first use.
/// </summary>
/// <remarks>
/// Opening is synchronous: models are loaded lazily from inside the synchronous NLP stages, once per process.
/// </remarks>
public interface IModelStore
{
    /// <summary>Gets a value indicating whether the store holds a model.</summary>
    /// <param name="key">The model's key.</param>
    /// <returns><see langword="true"/> when <see cref="Open"/> will find the model.</returns>
    bool Contains(ModelKey key);

    /// <summary>Opens a model's bytes (gzip'd, as written by the model's <c>Save</c> method).</summary>
    /// <param name="key">The model's key.</param>
    /// <returns>A readable stream the caller disposes.</returns>
    /// <exception cref="ModelNotFoundException">The store does not hold the model.</exception>
    Stream Open(ModelKey key);
}
