using System.Net;
using System.Net.Sockets;

namespace GraphBuilder.Ingestion.Web;

/// <summary>
/// Classifies the addresses a link may point at, so that a feed cannot make the worker read its host's own services.
/// </summary>
internal static class AddressRules
{
    // fd00:ec2::254 is the AWS instance metadata service over IPv6; it sits inside the private fc00::/7 range but is
    // as sensitive as 169.254.169.254, so it is forbidden outright.
    private static readonly IPAddress AwsMetadataV6 = IPAddress.Parse("fd00:ec2::254");

    /// <summary>Classifies one address.</summary>
    /// <param name="address">The address; IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.</param>
    /// <returns>The scope.</returns>
    public static AddressScope Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ClassifyV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => ClassifyV6(address),
            _ => AddressScope.Forbidden,
        };
    }

    /// <summary>Explains why an address is refused, naming the rule, for the ledger's failure reason.</summary>
    /// <param name="address">The refused address.</param>
    /// <param name="scope">Its scope.</param>
    /// <returns>The reason.</returns>
    public static string Refusal(IPAddress address, AddressScope scope) => scope == AddressScope.Forbidden
        ? $"link refused (rule: no-link-local): {address} is a link-local, cloud metadata, unspecified or multicast address"
        : $"link refused (rule: no-private-address): {address} is a loopback or private address; set AllowPrivateLinks on the source to follow such links";

    private static AddressScope ClassifyV4(byte[] b) => b switch
    {
        [0, ..] => AddressScope.Forbidden, // 0.0.0.0/8 "this network"; connecting to 0.0.0.0 reaches the local host
        [169, 254, ..] => AddressScope.Forbidden, // link-local, home of 169.254.169.254 (cloud metadata)
        [>= 224, ..] => AddressScope.Forbidden, // multicast, reserved and broadcast
        [127, ..] => AddressScope.Private,
        [10, ..] => AddressScope.Private,
        [172, >= 16 and <= 31, ..] => AddressScope.Private,
        [192, 168, ..] => AddressScope.Private,
        [100, >= 64 and <= 127, ..] => AddressScope.Private, // carrier-grade NAT (100.100.100.200 is a metadata address there)
        [198, 18 or 19, ..] => AddressScope.Private, // benchmarking networks
        _ => AddressScope.Public,
    };

    private static AddressScope ClassifyV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6Multicast || address.Equals(AwsMetadataV6)
            || address.IsIPv6SiteLocal)
        {
            return AddressScope.Forbidden;
        }

        if (address.Equals(IPAddress.IPv6Loopback) || address.IsIPv6UniqueLocal)
        {
            return AddressScope.Private;
        }

        return AddressScope.Public;
    }
}
