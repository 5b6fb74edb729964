using System.Globalization;

namespace GraphBuilder.Bolt.Protocol;

/// <summary>
/// Represents a Bolt protocol version, ordered by major then minor.
/// </summary>
/// <param name="Major">The major version.</param>
/// <param name="Minor">The minor version.</param>
internal readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    /// <summary>Gets the version from the low three bytes of a handshake entry: byte 3 major, byte 2 minor (handshake.adoc §Bolt 4.0).</summary>
    /// <param name="entry">The big-endian 32-bit handshake entry.</param>
    /// <returns>The version.</returns>
    public static BoltVersion FromHandshakeEntry(uint entry) => new((int)(entry & 0xFF), (int)((entry >> 8) & 0xFF));

    /// <summary>Gets the range byte of a handshake entry (4.3+): how many consecutive minors below also count.</summary>
    /// <param name="entry">The big-endian 32-bit handshake entry.</param>
    /// <returns>The range.</returns>
    public static int RangeOf(uint entry) => (int)((entry >> 16) & 0xFF);

    /// <summary>Compares two versions by major then minor.</summary>
    /// <param name="left">The left version.</param>
    /// <param name="right">The right version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is older.</returns>
    public static bool operator <(BoltVersion left, BoltVersion right) => left.CompareTo(right) < 0;

    /// <summary>Compares two versions by major then minor.</summary>
    /// <param name="left">The left version.</param>
    /// <param name="right">The right version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is newer.</returns>
    public static bool operator >(BoltVersion left, BoltVersion right) => left.CompareTo(right) > 0;

    /// <summary>Compares two versions by major then minor.</summary>
    /// <param name="left">The left version.</param>
    /// <param name="right">The right version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is older or equal.</returns>
    public static bool operator <=(BoltVersion left, BoltVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two versions by major then minor.</summary>
    /// <param name="left">The left version.</param>
    /// <param name="right">The right version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is newer or equal.</returns>
    public static bool operator >=(BoltVersion left, BoltVersion right) => left.CompareTo(right) >= 0;

    /// <summary>Encodes the version as a handshake entry without a range: 00 00 minor major.</summary>
    /// <returns>The 32-bit entry.</returns>
    public uint ToHandshakeEntry() => (uint)((Minor << 8) | Major);

    /// <inheritdoc/>
    public int CompareTo(BoltVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
