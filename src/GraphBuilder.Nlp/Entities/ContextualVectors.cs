using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Transformers;

namespace GraphBuilder.Nlp.Entities;

/// <summary>
/// The raw MiniLM vectors of a training corpus, computed once and cached on disk (half precision) under a key made of
/// the corpus text, the layer and the packing, so that repeated training runs skip the encoder.
/// </summary>
internal static class ContextualVectors
{
    private const string Format = "minilm-vectors-2";

    public static float[][] Load(
        (string Text, TextSpan[] Spans, (int Start, int Count)[] Sentences)[] documents,
        int layer,
        string cacheDirectory,
        Action<string>? progress)
    {
        var path = Path.Combine(cacheDirectory, $"minilm-L{layer}-{Key(documents, layer)}.bin");
        if (File.Exists(path))
        {
            try
            {
                return Read(path, documents);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                progress?.Invoke($"ignoring the unreadable vector cache {path}: {ex.Message}");
            }
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var encoder = MiniLmEncoder.Create(layer, threads: Math.Max(1, Environment.ProcessorCount));
        var vectors = new float[documents.Length][];
        for (var d = 0; d < documents.Length; d++)
        {
            var (text, spans, sentences) = documents[d];
            vectors[d] = encoder.Encode(text, spans, sentences);
        }

        var tokens = documents.Sum(d => d.Spans.Length);
        progress?.Invoke(string.Create(
            CultureInfo.InvariantCulture,
            $"MiniLM layer {layer}: {tokens} tokens encoded in {clock.Elapsed.TotalSeconds:F0} s; cached in {path}"));
        Directory.CreateDirectory(cacheDirectory);
        var temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        using (var stream = new BufferedStream(File.Create(temporary), 1 << 20))
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Format);
            writer.Write(vectors.Length);
            foreach (var v in vectors)
            {
                writer.Write(v.Length);
                foreach (var x in v)
                {
                    writer.Write((Half)x);
                }
            }
        }

        File.Move(temporary, path, overwrite: true);

        // The vectors used are the ones read back, so that a cached and an uncached run train the same model.
        return Read(path, documents);
    }

    /// <summary>The mean and inverse standard deviation of each dimension over all tokens.</summary>
    public static (float[] Mean, float[] InverseDeviation) Moments(float[][] vectors, int dimensions)
    {
        var sum = new double[dimensions];
        var squares = new double[dimensions];
        long count = 0;
        foreach (var v in vectors)
        {
            for (var t = 0; t + dimensions <= v.Length; t += dimensions)
            {
                for (var d = 0; d < dimensions; d++)
                {
                    sum[d] += v[t + d];
                    squares[d] += (double)v[t + d] * v[t + d];
                }

                count++;
            }
        }

        var mean = new float[dimensions];
        var inverse = new float[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            var m = sum[d] / Math.Max(1, count);
            var variance = (squares[d] / Math.Max(1, count)) - (m * m);
            mean[d] = (float)m;
            inverse[d] = (float)(1 / Math.Sqrt(Math.Max(variance, 1e-8)));
        }

        return (mean, inverse);
    }

    private static float[][] Read(string path, (string Text, TextSpan[] Spans, (int Start, int Count)[] Sentences)[] documents)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 20);
        using var reader = new BinaryReader(stream);
        if (reader.ReadString() != Format || reader.ReadInt32() != documents.Length)
        {
            throw new InvalidDataException("The vector cache does not match the corpus.");
        }

        var vectors = new float[documents.Length][];
        for (var d = 0; d < documents.Length; d++)
        {
            var n = reader.ReadInt32();
            if (n != documents[d].Spans.Length * MiniLmEncoder.Dimensions)
            {
                throw new InvalidDataException("The vector cache does not match the corpus.");
            }

            var v = new float[n];
            for (var k = 0; k < n; k++)
            {
                v[k] = (float)reader.ReadHalf();
            }

            vectors[d] = v;
        }

        return vectors;
    }

    private static string Key((string Text, TextSpan[] Spans, (int Start, int Count)[] Sentences)[] documents, int layer)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Format}|{MiniLmEncoder.ModelIdentity}|{layer}|{MiniLmEncoder.MaxPieces}|{documents.Length}|")));
        foreach (var (text, _, _) in documents)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        return Convert.ToHexString(hash.GetHashAndReset().AsSpan(0, 8)).ToLowerInvariant();
    }
}
