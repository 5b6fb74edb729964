namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Tells a province's name with its division's word from the name alone: "Trà Vinh Province" in a press release's address
/// is the "Trà Vinh" its stories write, where "Trà Vinh City", the province's capital, is another place.
/// </summary>
public static class PlaceNames
{
    /// <summary>Tells whether a place's name is another's with a province's word after it.</summary>
    /// <param name="name">The name alone's words, such as <c>tra vinh</c>.</param>
    /// <param name="province">The other's words, such as <c>tra vinh province</c>.</param>
    /// <returns><see langword="true"/> when the other is the name and "province", "prefecture", "oblast" or "governorate".</returns>
    public static bool IsProvinceOf(IReadOnlyList<string> name, IReadOnlyList<string> province)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(province);
        return name.Count > 0 && province.Count == name.Count + 1 && IsProvinceWord(province[^1]) && name.SequenceEqual(province.Take(name.Count), StringComparer.Ordinal);
    }

    /// <summary>Gets a province's name without its division's word, for blocking with <see cref="IsProvinceOf"/>.</summary>
    /// <param name="words">The anchor's words.</param>
    /// <returns>The name alone, or <see langword="null"/> when the name does not end in a province's word.</returns>
    public static string? WithoutProvinceWord(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count >= 2 && IsProvinceWord(words[^1]) ? string.Join(' ', words.Take(words.Count - 1)) : null;
    }

    private static bool IsProvinceWord(string word) => word is "province" or "prefecture" or "oblast" or "governorate";
}
