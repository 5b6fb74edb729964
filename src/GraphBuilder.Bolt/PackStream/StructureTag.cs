namespace GraphBuilder.Bolt.PackStream;

/// <summary>
/// Tag bytes of the Bolt structures (Bolt spec, bolt/structure-semantics.adoc).
/// </summary>
internal static class StructureTag
{
    /// <summary>Node 'N': id, labels, properties, element_id (5.0+).</summary>
    public const byte Node = 0x4E;

    /// <summary>Relationship 'R': id, start, end, type, properties, element_id, start/end element ids (5.0+).</summary>
    public const byte Relationship = 0x52;

    /// <summary>UnboundRelationship 'r': id, type, properties, element_id (5.0+).</summary>
    public const byte UnboundRelationship = 0x72;

    /// <summary>Path 'P': nodes, relationships, indices.</summary>
    public const byte Path = 0x50;

    /// <summary>Date 'D': days since 1970-01-01.</summary>
    public const byte Date = 0x44;

    /// <summary>Time 'T': nanoseconds since midnight, tz_offset_seconds.</summary>
    public const byte Time = 0x54;

    /// <summary>LocalTime 't': nanoseconds since midnight.</summary>
    public const byte LocalTime = 0x74;

    /// <summary>DateTime 'I' (5.0+): UTC epoch seconds, nanoseconds, tz_offset_seconds.</summary>
    public const byte DateTime = 0x49;

    /// <summary>DateTimeZoneId 'i' (5.0+): UTC epoch seconds, nanoseconds, tz_id.</summary>
    public const byte DateTimeZoneId = 0x69;

    /// <summary>Legacy DateTime 'F' (up to 4.4): local wall-clock epoch seconds, nanoseconds, tz_offset_seconds.</summary>
    public const byte LegacyDateTime = 0x46;

    /// <summary>Legacy DateTimeZoneId 'f' (up to 4.4): local wall-clock epoch seconds, nanoseconds, tz_id.</summary>
    public const byte LegacyDateTimeZoneId = 0x66;

    /// <summary>LocalDateTime 'd': epoch seconds, nanoseconds.</summary>
    public const byte LocalDateTime = 0x64;

    /// <summary>Duration 'E': months, days, seconds, nanoseconds.</summary>
    public const byte Duration = 0x45;

    /// <summary>Point2D 'X': srid, x, y.</summary>
    public const byte Point2D = 0x58;

    /// <summary>Point3D 'Y': srid, x, y, z.</summary>
    public const byte Point3D = 0x59;
}
