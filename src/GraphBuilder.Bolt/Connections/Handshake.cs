using System.Buffers.Binary;
using System.Globalization;
using GraphBuilder.Bolt.Protocol;

namespace GraphBuilder.Bolt.Connections;

/// <summary>
/// Performs the Bolt handshake on a fresh stream: magic and four proposals, then either a version or the
/// manifest v1 exchange (handshake.adoc).
/// </summary>
internal static class Handshake
{
    /// <summary>Negotiates the protocol version.</summary>
    /// <param name="stream">The connected stream.</param>
    /// <param name="encrypted">Whether the stream is TLS, for the message when a plain connection meets a TLS server.</param>
    /// <param name="cancellationToken">A token to cancel the handshake.</param>
    /// <returns>The agreed version.</returns>
    /// <exception cref="BoltProtocolException">No version was agreed, the port speaks HTTP, or it expects TLS.</exception>
    public static async Task<BoltVersion> PerformAsync(Stream stream, bool encrypted, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(VersionNegotiation.CreateRequest(), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);

        var reply = new byte[4];
        var read = await stream.ReadAtLeastAsync(reply, reply.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);

        // A TLS server answers the plain magic with a TLS alert record (0x15 0x03 …): no retry helps that.
        if (!encrypted && read >= 2 && reply[0] == 0x15 && reply[1] == 0x03)
        {
            throw new BoltProtocolException(
                "The server answered the Bolt handshake with a TLS alert: it expects TLS. Use a bolt+s:// URI (bolt+ssc:// for a self-signed "
                + "certificate).");
        }

        if (read < reply.Length)
        {
            // A restarting server hangs up too, so this stays retryable; a TLS-only one is the other usual cause.
            throw new EndOfStreamException(encrypted
                ? "The server closed the connection during the Bolt handshake."
                : "The server closed the connection during the Bolt handshake; if it expects TLS, use a bolt+s:// URI (bolt+ssc:// for a "
                    + "self-signed certificate).");
        }

        var value = BinaryPrimitives.ReadUInt32BigEndian(reply);
        switch (value)
        {
            case VersionNegotiation.NoVersion:
                throw new BoltProtocolException(
                    "The server does not support any of the Bolt versions this client proposed (manifest v1, 5.8 to 5.0, 4.4); no version was agreed.");
            case VersionNegotiation.Http:
                throw new BoltProtocolException(
                    "The server answered the Bolt handshake with HTTP. The URI points at an HTTP port (7474 by default); Bolt listens on 7687 by default.");
            case VersionNegotiation.ManifestV1:
                return await NegotiateManifestAsync(stream, cancellationToken).ConfigureAwait(false);
            default:
                var version = BoltVersion.FromHandshakeEntry(value);
                if (!VersionNegotiation.IsSupported(version) || (value & 0xFFFF0000) != 0)
                {
                    throw new BoltProtocolException(
                        string.Create(CultureInfo.InvariantCulture, $"The server chose a Bolt version this client did not propose: 0x{value:X8}."));
                }

                return version;
        }
    }

    private static async Task<BoltVersion> NegotiateManifestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var count = await VarInt.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
        if (count > 256)
        {
            throw new BoltProtocolException("The server's handshake manifest lists an implausible number of versions.");
        }

        var entries = new uint[count];
        var entry = new byte[4];
        for (var i = 0; i < entries.Length; i++)
        {
            await stream.ReadExactlyAsync(entry, cancellationToken).ConfigureAwait(false);
            entries[i] = BinaryPrimitives.ReadUInt32BigEndian(entry);
        }

        // Server capabilities: reserved for vendor amendments; none are understood yet.
        _ = await VarInt.ReadAsync(stream, cancellationToken).ConfigureAwait(false);

        var chosen = VersionNegotiation.SelectFromManifest(entries);
        if (chosen is null)
        {
            await stream.WriteAsync(new byte[] { 0, 0, 0, 0, 0 }, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            throw new BoltProtocolException("The server's handshake manifest offers no Bolt version this client supports; no version was agreed.");
        }

        // The client's choice needs no reply, so HELLO may follow at once.
        await stream.WriteAsync(VersionNegotiation.CreateManifestAnswer(chosen.Value), cancellationToken).ConfigureAwait(false);
        return chosen.Value;
    }
}
