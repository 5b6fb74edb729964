using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Text;

namespace GraphBuilder.Bolt.PackStream;

/// <summary>
/// Writes PackStream v1 values into an <see cref="IBufferWriter{T}"/>, always in the smallest encoding.
/// </summary>
/// <param name="output">The destination buffer.</param>
/// <param name="utcDateTime">Whether DateTime values use the Bolt 5.0+ UTC structures (0x49/0x69) rather than the legacy ones (0x46/0x66).</param>
internal readonly struct PackStreamWriter(IBufferWriter<byte> output, bool utcDateTime = true)
{
    private static readonly long UnixEpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    /// <summary>Writes NULL (0xC0).</summary>
    public void WriteNull() => WriteByte(Marker.Null);

    /// <summary>Writes TRUE (0xC3) or FALSE (0xC2).</summary>
    /// <param name="value">The value.</param>
    public void WriteBoolean(bool value) => WriteByte(value ? Marker.True : Marker.False);

    /// <summary>Writes an integer in its smallest form (packstream "optimal representation" table).</summary>
    /// <param name="value">The value.</param>
    public void WriteInteger(long value)
    {
        if (value is >= -16 and <= 127)
        {
            // TINY_INT: the marker byte is the value itself (two's complement for -16..-1).
            WriteByte(unchecked((byte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            var span = output.GetSpan(2);
            span[0] = Marker.Int8;
            span[1] = unchecked((byte)value);
            output.Advance(2);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            var span = output.GetSpan(3);
            span[0] = Marker.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            output.Advance(3);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            var span = output.GetSpan(5);
            span[0] = Marker.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            output.Advance(5);
        }
        else
        {
            var span = output.GetSpan(9);
            span[0] = Marker.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            output.Advance(9);
        }
    }

    /// <summary>Writes FLOAT_64 (0xC1 + 8 bytes IEEE-754).</summary>
    /// <param name="value">The value.</param>
    public void WriteFloat(double value)
    {
        var span = output.GetSpan(9);
        span[0] = Marker.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        output.Advance(9);
    }

    /// <summary>Writes a UTF-8 string; the size is the byte count.</summary>
    /// <param name="value">The value.</param>
    public void WriteString(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteSizedHeader(byteCount, Marker.TinyString, Marker.String8, Marker.String16, Marker.String32);
        if (byteCount == 0)
        {
            return;
        }

        var span = output.GetSpan(byteCount);
        var written = Encoding.UTF8.GetBytes(value, span);
        output.Advance(written);
    }

    /// <summary>Writes a byte array; bytes have no tiny form (0xCC/0xCD/0xCE).</summary>
    /// <param name="value">The value.</param>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        var length = value.Length;
        if (length <= byte.MaxValue)
        {
            var header = output.GetSpan(2);
            header[0] = Marker.Bytes8;
            header[1] = (byte)length;
            output.Advance(2);
        }
        else if (length <= ushort.MaxValue)
        {
            var header = output.GetSpan(3);
            header[0] = Marker.Bytes16;
            BinaryPrimitives.WriteUInt16BigEndian(header[1..], (ushort)length);
            output.Advance(3);
        }
        else
        {
            var header = output.GetSpan(5);
            header[0] = Marker.Bytes32;
            BinaryPrimitives.WriteInt32BigEndian(header[1..], length);
            output.Advance(5);
        }

        output.Write(value);
    }

    /// <summary>Writes a list header; the items follow.</summary>
    /// <param name="count">The item count.</param>
    public void WriteListHeader(int count) =>
        WriteSizedHeader(count, Marker.TinyList, Marker.List8, Marker.List16, Marker.List32);

    /// <summary>Writes a dictionary header; the key/value pairs follow.</summary>
    /// <param name="count">The entry count.</param>
    public void WriteMapHeader(int count) =>
        WriteSizedHeader(count, Marker.TinyMap, Marker.Map8, Marker.Map16, Marker.Map32);

    /// <summary>Writes a structure header (0xB0 + field count, then the tag byte); the fields follow.</summary>
    /// <param name="fieldCount">The field count, 0..15.</param>
    /// <param name="tag">The structure tag or message signature.</param>
    public void WriteStructureHeader(int fieldCount, byte tag)
    {
        if (fieldCount is < 0 or > 15)
        {
            throw new ArgumentOutOfRangeException(nameof(fieldCount), fieldCount, "A PackStream structure has 0 to 15 fields.");
        }

        var span = output.GetSpan(2);
        span[0] = (byte)(Marker.TinyStruct | fieldCount);
        span[1] = tag;
        output.Advance(2);
    }

    /// <summary>Writes a dictionary with string keys.</summary>
    /// <param name="map">The dictionary.</param>
    public void WriteMap(IReadOnlyDictionary<string, object?> map)
    {
        WriteMapHeader(map.Count);
        if (map is Dictionary<string, object?> dictionary)
        {
            // The struct enumerator avoids one allocation per map (one per row in UNWIND batches).
            foreach (var entry in dictionary)
            {
                WriteString(entry.Key);
                WriteValue(entry.Value);
            }

            return;
        }

        foreach (var entry in map)
        {
            WriteString(entry.Key);
            WriteValue(entry.Value);
        }
    }

    /// <summary>Writes a list of strings.</summary>
    /// <param name="items">The strings.</param>
    public void WriteStringList(IReadOnlyList<string> items)
    {
        WriteListHeader(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            WriteString(items[i]);
        }
    }

    /// <summary>
    /// Writes any supported CLR value: null, bool, integers, floating point, string, char, byte arrays, dictionaries
    /// with string keys, enumerables, the Bolt value types and <see cref="DateOnly"/>, <see cref="TimeOnly"/>,
    /// <see cref="DateTime"/>, <see cref="DateTimeOffset"/> and <see cref="TimeSpan"/>.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException">The value's type has no PackStream representation.</exception>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                WriteNull();
                break;
            case string s:
                WriteString(s);
                break;
            case long l:
                WriteInteger(l);
                break;
            case int i:
                WriteInteger(i);
                break;
            case bool b:
                WriteBoolean(b);
                break;
            case double d:
                WriteFloat(d);
                break;
            case float f:
                WriteFloat(f);
                break;
            case short sh:
                WriteInteger(sh);
                break;
            case sbyte sb:
                WriteInteger(sb);
                break;
            case byte by:
                WriteInteger(by);
                break;
            case ushort us:
                WriteInteger(us);
                break;
            case uint ui:
                WriteInteger(ui);
                break;
            case ulong ul when ul <= long.MaxValue:
                WriteInteger((long)ul);
                break;
            case decimal m:
                WriteFloat((double)m);
                break;
            case char c:
                WriteString(c.ToString());
                break;
            case Guid g:
                WriteString(g.ToString());
                break;
            case byte[] bytes:
                WriteBytes(bytes);
                break;
            case ReadOnlyMemory<byte> memory:
                WriteBytes(memory.Span);
                break;
            case Enum e:
                WriteString(e.ToString());
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(map);
                break;
            case IDictionary dictionary:
                WriteDictionary(dictionary);
                break;
            case IList list:
                WriteList(list);
                break;
            case IEnumerable enumerable:
                WriteList(enumerable.Cast<object?>().ToList());
                break;
            default:
                WriteStructureValue(value);
                break;
        }
    }

    private void WriteStructureValue(object value)
    {
        switch (value)
        {
            case DateOnly date:
                WriteStructureHeader(1, StructureTag.Date);
                WriteInteger(date.DayNumber - UnixEpochDayNumber);
                break;
            case TimeOnly time:
                WriteStructureHeader(1, StructureTag.LocalTime);
                WriteInteger(time.Ticks * 100);
                break;
            case BoltLocalTime localTime:
                WriteStructureHeader(1, StructureTag.LocalTime);
                WriteInteger(localTime.NanosecondOfDay);
                break;
            case BoltTime time:
                WriteStructureHeader(2, StructureTag.Time);
                WriteInteger(time.NanosecondOfDay);
                WriteInteger(time.OffsetSeconds);
                break;
            case DateTimeOffset dateTimeOffset:
                WriteDateTime(BoltDateTime.FromDateTimeOffset(dateTimeOffset));
                break;
            case DateTime dateTime when dateTime.Kind == DateTimeKind.Utc:
                WriteDateTime(BoltDateTime.FromDateTimeOffset(new DateTimeOffset(dateTime)));
                break;
            case DateTime dateTime:
                WriteLocalDateTime(BoltLocalDateTime.FromDateTime(dateTime));
                break;
            case BoltDateTime dateTime:
                WriteDateTime(dateTime);
                break;
            case BoltZonedDateTime zoned:
                WriteZonedDateTime(zoned);
                break;
            case BoltLocalDateTime local:
                WriteLocalDateTime(local);
                break;
            case TimeSpan span:
                var seconds = Math.DivRem(span.Ticks, TimeSpan.TicksPerSecond, out var remainder);
                WriteDuration(new BoltDuration(0, 0, seconds, (int)(remainder * 100)));
                break;
            case BoltDuration duration:
                WriteDuration(duration);
                break;
            case BoltPoint point:
                WritePoint(point);
                break;
            case BoltNode node:
                WriteNode(node);
                break;
            case BoltRelationship relationship:
                WriteRelationship(relationship);
                break;
            case BoltUnboundRelationship unbound:
                WriteUnboundRelationship(unbound);
                break;
            case BoltPath path:
                WritePath(path);
                break;
            case PackStreamStructure structure:
                WriteStructure(structure);
                break;
            default:
                throw new ArgumentException($"A value of type {value.GetType()} has no PackStream representation.", nameof(value));
        }
    }

    private void WriteDateTime(BoltDateTime value)
    {
        if (utcDateTime)
        {
            WriteStructureHeader(3, StructureTag.DateTime);
            WriteInteger(value.EpochSeconds);
        }
        else
        {
            // Legacy 0x46 (Bolt <= 4.4): seconds are the local wall clock, UTC seconds plus the offset.
            WriteStructureHeader(3, StructureTag.LegacyDateTime);
            WriteInteger(value.EpochSeconds + value.OffsetSeconds);
        }

        WriteInteger(value.Nanoseconds);
        WriteInteger(value.OffsetSeconds);
    }

    private void WriteZonedDateTime(BoltZonedDateTime value)
    {
        if (utcDateTime)
        {
            WriteStructureHeader(3, StructureTag.DateTimeZoneId);
            WriteInteger(value.EpochSeconds);
        }
        else
        {
            WriteStructureHeader(3, StructureTag.LegacyDateTimeZoneId);
            WriteInteger(value.EpochSeconds + TimeZoneOffsets.OffsetSecondsAtUtc(value.ZoneId, value.EpochSeconds));
        }

        WriteInteger(value.Nanoseconds);
        WriteString(value.ZoneId);
    }

    private void WriteLocalDateTime(BoltLocalDateTime value)
    {
        WriteStructureHeader(2, StructureTag.LocalDateTime);
        WriteInteger(value.EpochSeconds);
        WriteInteger(value.Nanoseconds);
    }

    private void WriteDuration(BoltDuration value)
    {
        WriteStructureHeader(4, StructureTag.Duration);
        WriteInteger(value.Months);
        WriteInteger(value.Days);
        WriteInteger(value.Seconds);
        WriteInteger(value.Nanoseconds);
    }

    private void WritePoint(BoltPoint point)
    {
        if (point.Z is { } z)
        {
            WriteStructureHeader(4, StructureTag.Point3D);
            WriteInteger(point.Srid);
            WriteFloat(point.X);
            WriteFloat(point.Y);
            WriteFloat(z);
        }
        else
        {
            WriteStructureHeader(3, StructureTag.Point2D);
            WriteInteger(point.Srid);
            WriteFloat(point.X);
            WriteFloat(point.Y);
        }
    }

    private void WriteNode(BoltNode node)
    {
        WriteStructureHeader(4, StructureTag.Node);
        WriteInteger(node.Id);
        WriteStringList(node.Labels);
        WriteMap(node.Properties);
        WriteString(node.ElementId);
    }

    private void WriteRelationship(BoltRelationship relationship)
    {
        WriteStructureHeader(8, StructureTag.Relationship);
        WriteInteger(relationship.Id);
        WriteInteger(relationship.StartNodeId);
        WriteInteger(relationship.EndNodeId);
        WriteString(relationship.Type);
        WriteMap(relationship.Properties);
        WriteString(relationship.ElementId);
        WriteString(relationship.StartNodeElementId);
        WriteString(relationship.EndNodeElementId);
    }

    private void WriteUnboundRelationship(BoltUnboundRelationship relationship)
    {
        WriteStructureHeader(4, StructureTag.UnboundRelationship);
        WriteInteger(relationship.Id);
        WriteString(relationship.Type);
        WriteMap(relationship.Properties);
        WriteString(relationship.ElementId);
    }

    private void WritePath(BoltPath path)
    {
        WriteStructureHeader(3, StructureTag.Path);
        WriteListHeader(path.Nodes.Count);
        foreach (var node in path.Nodes)
        {
            WriteNode(node);
        }

        WriteListHeader(path.Relationships.Count);
        foreach (var relationship in path.Relationships)
        {
            WriteUnboundRelationship(relationship);
        }

        WriteListHeader(path.Indices.Count);
        foreach (var index in path.Indices)
        {
            WriteInteger(index);
        }
    }

    private void WriteStructure(PackStreamStructure structure)
    {
        WriteStructureHeader(structure.Fields.Count, structure.Tag);
        foreach (var field in structure.Fields)
        {
            WriteValue(field);
        }
    }

    private void WriteDictionary(IDictionary dictionary)
    {
        WriteMapHeader(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key)
            {
                throw new ArgumentException("PackStream dictionary keys must be strings.", nameof(dictionary));
            }

            WriteString(key);
            WriteValue(entry.Value);
        }
    }

    private void WriteList(IList list)
    {
        WriteListHeader(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            WriteValue(list[i]);
        }
    }

    private void WriteSizedHeader(int size, byte tiny, byte marker8, byte marker16, byte marker32)
    {
        if (size < 16)
        {
            WriteByte((byte)(tiny | size));
        }
        else if (size <= byte.MaxValue)
        {
            var span = output.GetSpan(2);
            span[0] = marker8;
            span[1] = (byte)size;
            output.Advance(2);
        }
        else if (size <= ushort.MaxValue)
        {
            var span = output.GetSpan(3);
            span[0] = marker16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)size);
            output.Advance(3);
        }
        else
        {
            var span = output.GetSpan(5);
            span[0] = marker32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], size);
            output.Advance(5);
        }
    }

    private void WriteByte(byte value)
    {
        var span = output.GetSpan(1);
        span[0] = value;
        output.Advance(1);
    }
}
