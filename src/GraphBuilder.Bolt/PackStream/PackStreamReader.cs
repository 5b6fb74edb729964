using System.Buffers.Binary;
using System.Text;

namespace GraphBuilder.Bolt.PackStream;

/// <summary>
/// Reads PackStream v1 values from one complete, de-chunked message.
/// </summary>
/// <param name="buffer">The message bytes.</param>
/// <param name="utcDateTime">
/// Whether the legacy DateTime structures (0x46/0x66) carry local wall-clock seconds that need converting; the 5.0+
/// structures are read either way.
/// </param>
internal ref struct PackStreamReader(ReadOnlySpan<byte> buffer, bool utcDateTime = true)
{
    private static readonly long UnixEpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    private readonly ReadOnlySpan<byte> _buffer = buffer;
    private readonly bool _utcDateTime = utcDateTime;
    private int _position;

    /// <summary>Gets the number of bytes consumed so far.</summary>
    public readonly int Position => _position;

    /// <summary>Gets a value indicating whether unread bytes remain.</summary>
    public readonly bool HasMore => _position < _buffer.Length;

    /// <summary>Reads a structure header and returns its field count and tag.</summary>
    /// <returns>The field count and tag.</returns>
    /// <exception cref="BoltProtocolException">The next value is not a structure.</exception>
    public (int FieldCount, byte Tag) ReadStructureHeader()
    {
        var marker = ReadByte();
        if ((marker & 0xF0) != Marker.TinyStruct)
        {
            throw new BoltProtocolException($"Expected a PackStream structure but found marker 0x{marker:X2}.");
        }

        return (marker & 0x0F, ReadByte());
    }

    /// <summary>Reads a string.</summary>
    /// <returns>The string.</returns>
    public string ReadString() =>
        ReadValue() as string ?? throw new BoltProtocolException("Expected a PackStream string.");

    /// <summary>Reads an integer.</summary>
    /// <returns>The integer.</returns>
    public long ReadInteger() =>
        ReadValue() is long value ? value : throw new BoltProtocolException("Expected a PackStream integer.");

    /// <summary>Reads a dictionary.</summary>
    /// <returns>The dictionary.</returns>
    public IReadOnlyDictionary<string, object?> ReadMap() =>
        ReadValue() as IReadOnlyDictionary<string, object?> ?? throw new BoltProtocolException("Expected a PackStream dictionary.");

    /// <summary>Reads a list.</summary>
    /// <returns>The list.</returns>
    public IReadOnlyList<object?> ReadList() =>
        ReadValue() as IReadOnlyList<object?> ?? throw new BoltProtocolException("Expected a PackStream list.");

    /// <summary>Reads the next value of any type.</summary>
    /// <returns>The value: null, bool, long, double, string, byte[], a list, a dictionary or a structure type.</returns>
    /// <exception cref="BoltProtocolException">The bytes are not valid PackStream.</exception>
    public object? ReadValue()
    {
        var marker = ReadByte();
        if (marker <= Marker.TinyIntMax)
        {
            return (long)marker;
        }

        if (marker >= Marker.TinyNegativeInt)
        {
            return (long)unchecked((sbyte)marker);
        }

        switch (marker & 0xF0)
        {
            case Marker.TinyString:
                return ReadUtf8(marker & 0x0F);
            case Marker.TinyList:
                return ReadListItems(marker & 0x0F);
            case Marker.TinyMap:
                return ReadMapEntries(marker & 0x0F);
            case Marker.TinyStruct:
                return ReadStructure(marker & 0x0F, ReadByte());
            default:
                break;
        }

        return marker switch
        {
            Marker.Null => null,
            Marker.True => true,
            Marker.False => false,
            Marker.Float64 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
            Marker.Int8 => (long)unchecked((sbyte)ReadByte()),
            Marker.Int16 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(2)),
            Marker.Int32 => (long)BinaryPrimitives.ReadInt32BigEndian(Take(4)),
            Marker.Int64 => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
            Marker.Bytes8 => Take(ReadByte()).ToArray(),
            Marker.Bytes16 => Take(BinaryPrimitives.ReadUInt16BigEndian(Take(2))).ToArray(),
            Marker.Bytes32 => Take(ReadSize32()).ToArray(),
            Marker.String8 => ReadUtf8(ReadByte()),
            Marker.String16 => ReadUtf8(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            Marker.String32 => ReadUtf8(ReadSize32()),
            Marker.List8 => ReadListItems(ReadByte()),
            Marker.List16 => ReadListItems(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            Marker.List32 => ReadListItems(ReadSize32()),
            Marker.Map8 => ReadMapEntries(ReadByte()),
            Marker.Map16 => ReadMapEntries(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            Marker.Map32 => ReadMapEntries(ReadSize32()),
            _ => throw new BoltProtocolException($"Reserved PackStream marker 0x{marker:X2}."),
        };
    }

    private object ReadStructure(int fieldCount, byte tag)
    {
        switch (tag)
        {
            case StructureTag.Node when fieldCount is 3 or 4:
                return ReadNode(fieldCount);
            case StructureTag.Relationship when fieldCount is 5 or 8:
                return ReadRelationship(fieldCount);
            case StructureTag.UnboundRelationship when fieldCount is 3 or 4:
                return ReadUnboundRelationship(fieldCount);
            case StructureTag.Path when fieldCount == 3:
                return ReadPath();

            case StructureTag.Date when fieldCount == 1:
                return DateOnly.FromDayNumber(checked((int)(UnixEpochDayNumber + ReadInteger())));
            case StructureTag.Time when fieldCount == 2:
                return new BoltTime(ReadInteger(), checked((int)ReadInteger()));
            case StructureTag.LocalTime when fieldCount == 1:
                return new BoltLocalTime(ReadInteger());
            case StructureTag.DateTime when fieldCount == 3:
                return new BoltDateTime(ReadInteger(), checked((int)ReadInteger()), checked((int)ReadInteger()));
            case StructureTag.DateTimeZoneId when fieldCount == 3:
                return new BoltZonedDateTime(ReadInteger(), checked((int)ReadInteger()), ReadString());
            case StructureTag.LegacyDateTime when fieldCount == 3 && !_utcDateTime:
                {
                    var localSeconds = ReadInteger();
                    var nanoseconds = checked((int)ReadInteger());
                    var offset = checked((int)ReadInteger());
                    return new BoltDateTime(localSeconds - offset, nanoseconds, offset);
                }

            case StructureTag.LegacyDateTimeZoneId when fieldCount == 3 && !_utcDateTime:
                {
                    var localSeconds = ReadInteger();
                    var nanoseconds = checked((int)ReadInteger());
                    var zone = ReadString();
                    return new BoltZonedDateTime(localSeconds - TimeZoneOffsets.OffsetSecondsAtLocal(zone, localSeconds), nanoseconds, zone);
                }

            case StructureTag.LocalDateTime when fieldCount == 2:
                return new BoltLocalDateTime(ReadInteger(), checked((int)ReadInteger()));
            case StructureTag.Duration when fieldCount == 4:
                return new BoltDuration(ReadInteger(), ReadInteger(), ReadInteger(), checked((int)ReadInteger()));
            case StructureTag.Point2D when fieldCount == 3:
                return new BoltPoint(checked((int)ReadInteger()), ReadDouble(), ReadDouble());
            case StructureTag.Point3D when fieldCount == 4:
                return new BoltPoint(checked((int)ReadInteger()), ReadDouble(), ReadDouble(), ReadDouble());
            default:
                var fields = new object?[fieldCount];
                for (var i = 0; i < fieldCount; i++)
                {
                    fields[i] = ReadValue();
                }

                return new PackStreamStructure(tag, fields);
        }
    }

    private static string Text(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads a node's fields; before Bolt 5.0 (three fields) its element id is its id as text.</summary>
    private BoltNode ReadNode(int fieldCount)
    {
        var id = ReadInteger();
        var labels = ReadList().Select(l => l as string ?? string.Empty).ToArray();
        var properties = ReadMap();
        var elementId = fieldCount == 4 ? ReadString() : id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new BoltNode(id, labels, properties, elementId);
    }

    /// <summary>Reads a relationship's fields; before Bolt 5.0 (five fields) its element ids are its ids as text.</summary>
    private BoltRelationship ReadRelationship(int fieldCount)
    {
        var id = ReadInteger();
        var start = ReadInteger();
        var end = ReadInteger();
        var type = ReadString();
        var properties = ReadMap();
        return fieldCount == 8
            ? new BoltRelationship(id, start, end, type, properties, ReadString(), ReadString(), ReadString())
            : new BoltRelationship(id, start, end, type, properties, Text(id), Text(start), Text(end));
    }

    private BoltUnboundRelationship ReadUnboundRelationship(int fieldCount)
    {
        var id = ReadInteger();
        var type = ReadString();
        var properties = ReadMap();
        return new BoltUnboundRelationship(id, type, properties, fieldCount == 4 ? ReadString() : Text(id));
    }

    private BoltPath ReadPath()
    {
        var nodes = ReadList().Select(n => n as BoltNode ?? throw new BoltProtocolException("Path nodes must be nodes.")).ToArray();
        var relationships = ReadList()
            .Select(r => r as BoltUnboundRelationship ?? throw new BoltProtocolException("Path relationships must be unbound relationships."))
            .ToArray();
        var indices = ReadList().Select(i => i is long l ? l : throw new BoltProtocolException("Path indices must be integers.")).ToArray();
        return new BoltPath(nodes, relationships, indices);
    }

    private double ReadDouble() =>
        ReadValue() is double value ? value : throw new BoltProtocolException("Expected a PackStream float.");

    private object?[] ReadListItems(int count)
    {
        var items = new object?[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = ReadValue();
        }

        return items;
    }

    private Dictionary<string, object?> ReadMapEntries(int count)
    {
        var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = ReadValue() as string ?? throw new BoltProtocolException("PackStream dictionary keys must be strings.");

            // Duplicate keys: the last one wins (packstream spec).
            map[key] = ReadValue();
        }

        return map;
    }

    private string ReadUtf8(int length) => length == 0 ? string.Empty : Encoding.UTF8.GetString(Take(length));

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadInt32BigEndian(Take(4));
        return size >= 0 ? size : throw new BoltProtocolException("PackStream sizes are limited to 2,147,483,647.");
    }

    private byte ReadByte()
    {
        if (_position >= _buffer.Length)
        {
            throw new BoltProtocolException("Unexpected end of PackStream data.");
        }

        return _buffer[_position++];
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > _buffer.Length - _position)
        {
            throw new BoltProtocolException("Unexpected end of PackStream data.");
        }

        var slice = _buffer.Slice(_position, length);
        _position += length;
        return slice;
    }
}
