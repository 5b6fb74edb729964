namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a time of day without a time zone (PackStream structure 't').
/// </summary>
/// <param name="NanosecondOfDay">Nanoseconds since midnight.</param>
public readonly record struct BoltLocalTime(long NanosecondOfDay)
{
    /// <summary>
    /// Converts the value to a <see cref="TimeOnly"/>, truncating to 100-nanosecond ticks.
    /// </summary>
    /// <returns>The time of day.</returns>
    public TimeOnly ToTimeOnly() => new(NanosecondOfDay / 100);
}
