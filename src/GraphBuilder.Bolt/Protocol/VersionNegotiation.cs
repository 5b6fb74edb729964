using System.Buffers.Binary;

namespace GraphBuilder.Bolt.Protocol;

/// <summary>
/// The byte-level rules of the Bolt handshake (handshake.adoc): what the client proposes, how a reply is read and
/// which version the client picks from a manifest.
/// </summary>
internal static class VersionNegotiation
{
    /// <summary>Handshake magic 0x6060B017, sent once right after connecting.</summary>
    public const uint Magic = 0x6060B017;

    /// <summary>The manifest v1 request/reply value 00 00 01 FF (handshake.adoc §Bolt version 5.7).</summary>
    public const uint ManifestV1 = 0x000001FF;

    /// <summary>The reply "no version agreed" 00 00 00 00.</summary>
    public const uint NoVersion = 0x00000000;

    /// <summary>The reply "HTTP" (48 54 54 50): the client reached an HTTP port.</summary>
    public const uint Http = 0x48545450;

    /// <summary>The newest version this client speaks.</summary>
    public static readonly BoltVersion Newest = new(5, 8);

    /// <summary>The oldest 5.x version this client speaks.</summary>
    public static readonly BoltVersion Oldest5 = new(5, 0);

    /// <summary>The only 4.x version this client speaks.</summary>
    public static readonly BoltVersion Bolt44 = new(4, 4);

    /// <summary>
    /// Gets the 20 bytes the client sends: magic, then manifest v1, 5.8 with range 8 (5.8..5.0), 4.4 and a filler.
    /// </summary>
    /// <returns>The handshake request.</returns>
    public static byte[] CreateRequest()
    {
        var bytes = new byte[20];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, Magic);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(4), ManifestV1);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), (uint)((Newest.Minor - Oldest5.Minor) << 16) | Newest.ToHandshakeEntry());
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(12), Bolt44.ToHandshakeEntry());
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), NoVersion);
        return bytes;
    }

    /// <summary>Decides whether this client speaks a version.</summary>
    /// <param name="version">The version.</param>
    /// <returns><see langword="true"/> for 5.0..5.8 and 4.4.</returns>
    public static bool IsSupported(BoltVersion version) =>
        (version >= Oldest5 && version <= Newest) || version == Bolt44;

    /// <summary>Picks the newest supported version offered in a manifest, whatever the order of its entries.</summary>
    /// <param name="entries">The 4-byte entries in 4.3 range style.</param>
    /// <returns>The chosen version, or <see langword="null"/> when none is supported.</returns>
    public static BoltVersion? SelectFromManifest(IEnumerable<uint> entries)
    {
        BoltVersion? best = null;
        foreach (var entry in entries)
        {
            var top = BoltVersion.FromHandshakeEntry(entry);
            var range = BoltVersion.RangeOf(entry);
            for (var minor = top.Minor; minor >= Math.Max(0, top.Minor - range); minor--)
            {
                var candidate = new BoltVersion(top.Major, minor);
                if (IsSupported(candidate) && (best is null || candidate > best.Value))
                {
                    best = candidate;
                }
            }
        }

        return best;
    }

    /// <summary>Creates the client's answer to a manifest: the chosen version (no range) then the capabilities VarInt.</summary>
    /// <param name="version">The chosen version.</param>
    /// <param name="capabilities">The capability bits the client opts into (none defined yet).</param>
    /// <returns>The bytes to send.</returns>
    public static byte[] CreateManifestAnswer(BoltVersion version, ulong capabilities = 0)
    {
        var caps = VarInt.Encode(capabilities);
        var bytes = new byte[4 + caps.Length];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, version.ToHandshakeEntry());
        caps.CopyTo(bytes, 4);
        return bytes;
    }
}
