namespace GraphBuilder.Nlp.Models;

/// <summary>
/// The exception thrown when a model store does not hold a requested model.
/// </summary>
public sealed class ModelNotFoundException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ModelNotFoundException"/> class.</summary>
    public ModelNotFoundException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ModelNotFoundException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ModelNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ModelNotFoundException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ModelNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
