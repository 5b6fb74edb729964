namespace GraphBuilder.Extraction.Lexicons;

/// <summary>Holds the capitalised words that end the name of a site: a building, a square, a park.</summary>
internal static class SiteWords
{
    /// <summary>Tells whether a word ends a site's name (<c>Tower</c> in <c>Governor Phillip Tower</c>).</summary>
    /// <param name="word">The name's last word.</param>
    /// <returns><see langword="true"/> for a site's head word.</returns>
    public static bool IsSiteHead(string word) =>
        word is "Mosque" or "Church" or "Cathedral" or "Temple" or "Palace" or "Hall" or "Tower" or "Stadium"
            or "Airport" or "Station" or "Bridge" or "Square" or "Park" or "Castle" or "Museum" or "Hospital";
}
