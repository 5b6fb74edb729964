using System.Buffers.Binary;

namespace GraphBuilder.Graph.Storage.Relational;

/// <summary>
/// Packs a MinHash signature into a blob of little-endian 32-bit values, and back.
/// </summary>
internal static class SignatureBlob
{
    public static byte[] Pack(IReadOnlyList<uint> signature)
    {
        var packed = new byte[signature.Count * sizeof(uint)];
        for (var i = 0; i < signature.Count; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(packed.AsSpan(i * sizeof(uint)), signature[i]);
        }

        return packed;
    }

    public static uint[] Unpack(byte[] packed)
    {
        var values = new uint[packed.Length / sizeof(uint)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(packed.AsSpan(i * sizeof(uint)));
        }

        return values;
    }
}
