using System.Globalization;

namespace GraphBuilder.Bolt;

/// <summary>
/// Represents one row of a result: values by column name or position.
/// </summary>
public sealed class BoltRecord
{
    internal BoltRecord(IReadOnlyList<string> keys, IReadOnlyList<object?> values)
    {
        Keys = keys;
        Values = values;
    }

    /// <summary>Gets the column names.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Gets the values, in column order.</summary>
    public IReadOnlyList<object?> Values { get; }

    /// <summary>Gets a value by position.</summary>
    /// <param name="index">The column position.</param>
    /// <returns>The value.</returns>
    public object? this[int index] => Values[index];

    /// <summary>Gets a value by column name.</summary>
    /// <param name="key">The column name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The record has no such column.</exception>
    public object? this[string key] => Values[IndexOf(key)];

    /// <summary>
    /// Gets a value by column name converted to <typeparamref name="T"/>. Integers arrive as <see cref="long"/> and
    /// floats as <see cref="double"/>; numeric conversions are applied.
    /// </summary>
    /// <typeparam name="T">The wanted type.</typeparam>
    /// <param name="key">The column name.</param>
    /// <returns>The converted value.</returns>
    /// <exception cref="InvalidCastException">The value cannot be converted.</exception>
    public T Get<T>(string key)
    {
        var value = this[key];
        if (value is T typed)
        {
            return typed;
        }

        if (value is null)
        {
            return default(T) is null ? default! : throw new InvalidCastException($"Column '{key}' is null.");
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return value is IConvertible
            ? (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture)
            : throw new InvalidCastException($"Column '{key}' holds a {value.GetType().Name}, not a {typeof(T).Name}.");
    }

    /// <summary>Copies the record into a dictionary keyed by column name.</summary>
    /// <returns>The dictionary.</returns>
    public IReadOnlyDictionary<string, object?> ToDictionary()
    {
        var map = new Dictionary<string, object?>(Keys.Count, StringComparer.Ordinal);
        for (var i = 0; i < Keys.Count; i++)
        {
            map[Keys[i]] = Values[i];
        }

        return map;
    }

    private int IndexOf(string key)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            if (string.Equals(Keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"The record has no column '{key}'; columns are {string.Join(", ", Keys)}.");
    }
}
