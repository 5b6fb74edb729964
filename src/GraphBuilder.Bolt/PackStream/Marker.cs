namespace GraphBuilder.Bolt.PackStream;

/// <summary>
/// Marker bytes of PackStream v1 (Bolt spec, packstream/index.adoc). Every value starts with one of these.
/// </summary>
internal static class Marker
{
    /// <summary>TINY_INT upper bound: markers 0x00..0x7F are the values 0..127.</summary>
    public const byte TinyIntMax = 0x7F;

    /// <summary>TINY_STRING: 0x80..0x8F, the low nibble is the byte count.</summary>
    public const byte TinyString = 0x80;

    /// <summary>TINY_LIST: 0x90..0x9F, the low nibble is the item count.</summary>
    public const byte TinyList = 0x90;

    /// <summary>TINY_MAP: 0xA0..0xAF, the low nibble is the entry count.</summary>
    public const byte TinyMap = 0xA0;

    /// <summary>TINY_STRUCT: 0xB0..0xBF, the low nibble is the field count.</summary>
    public const byte TinyStruct = 0xB0;

    /// <summary>NULL.</summary>
    public const byte Null = 0xC0;

    /// <summary>FLOAT_64: an 8-byte IEEE-754 double follows.</summary>
    public const byte Float64 = 0xC1;

    /// <summary>FALSE.</summary>
    public const byte False = 0xC2;

    /// <summary>TRUE.</summary>
    public const byte True = 0xC3;

    /// <summary>INT_8.</summary>
    public const byte Int8 = 0xC8;

    /// <summary>INT_16.</summary>
    public const byte Int16 = 0xC9;

    /// <summary>INT_32.</summary>
    public const byte Int32 = 0xCA;

    /// <summary>INT_64.</summary>
    public const byte Int64 = 0xCB;

    /// <summary>BYTES_8: an unsigned 8-bit size follows.</summary>
    public const byte Bytes8 = 0xCC;

    /// <summary>BYTES_16.</summary>
    public const byte Bytes16 = 0xCD;

    /// <summary>BYTES_32.</summary>
    public const byte Bytes32 = 0xCE;

    /// <summary>STRING_8.</summary>
    public const byte String8 = 0xD0;

    /// <summary>STRING_16.</summary>
    public const byte String16 = 0xD1;

    /// <summary>STRING_32.</summary>
    public const byte String32 = 0xD2;

    /// <summary>LIST_8.</summary>
    public const byte List8 = 0xD4;

    /// <summary>LIST_16.</summary>
    public const byte List16 = 0xD5;

    /// <summary>LIST_32.</summary>
    public const byte List32 = 0xD6;

    /// <summary>MAP_8 (the spec calls it DICTIONARY_8).</summary>
    public const byte Map8 = 0xD8;

    /// <summary>MAP_16.</summary>
    public const byte Map16 = 0xD9;

    /// <summary>MAP_32.</summary>
    public const byte Map32 = 0xDA;

    /// <summary>TINY_INT negative range start: markers 0xF0..0xFF are the values -16..-1.</summary>
    public const byte TinyNegativeInt = 0xF0;

    /// <summary>The largest size PackStream allows for strings, bytes, lists and maps (2,147,483,647).</summary>
    public const int MaxSize = int.MaxValue;
}
