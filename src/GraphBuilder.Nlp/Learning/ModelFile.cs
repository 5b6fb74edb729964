using System.IO.Compression;
using System.Text;

namespace GraphBuilder.Nlp.Learning;

/// <summary>
/// Frames model files: a gzip stream that starts with a magic number, a format version and the model's kind.
/// </summary>
internal static class ModelFile
{
    private const int Magic = 0x4D4E4247; // "GBNM" little-endian
    private const int FormatVersion = 2;

    /// <summary>Writes a model's frame and lets <paramref name="body"/> write its content.</summary>
    public static void Write(Stream stream, string kind, Action<BinaryWriter> body)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(kind);
        body(writer);
    }

    /// <summary>Reads a model's frame, checks its kind and lets <paramref name="body"/> read its content.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of that kind.</exception>
    public static T Read<T>(Stream stream, string kind, Func<BinaryReader, T> body) =>
        Read(stream, [kind], (reader, _) => body(reader));

    /// <summary>Reads a model's frame, checks that its kind is one of <paramref name="kinds"/> and lets <paramref name="body"/> read its content.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of one of those kinds.</exception>
    public static T Read<T>(Stream stream, string[] kinds, Func<BinaryReader, string, T> body)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException("The stream is not a GraphBuilder model of this format version.");
            }

            var actual = reader.ReadString();
            if (!kinds.Contains(actual, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"Expected a '{string.Join("' or '", kinds)}' model, found '{actual}'.");
            }

            return body(reader, actual);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The model is truncated.", ex);
        }
    }
}
