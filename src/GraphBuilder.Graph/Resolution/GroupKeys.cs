using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Makes the blocking keys of a name group: two groups that a rule of <see cref="ComponentResolver"/> could put in one
/// entity always share a key, so the groups that share keys, closed under sharing, are a block that can be resolved
/// without looking at the rest of the graph.
/// </summary>
public static class GroupKeys
{
    /// <summary>The prefix of the surname key of a person's name (its last word).</summary>
    public const string SurnamePrefix = "l:";

    /// <summary>
    /// The prefix of name keys: the anchor, the anchors of the group's other written forms, and the anchor with one
    /// letter left out of one long word (typos).
    /// </summary>
    public const string TypoPrefix = "t:";

    /// <summary>The prefix of acronym keys (an acronym, one an article gave a name, or a body's initials).</summary>
    public const string AcronymPrefix = "x:";

    /// <summary>Gets a group's keys.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The keys, without repeats, in ordinal order.</returns>
    public static IReadOnlyList<string> For(NameGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var words = group.Words;
        if (words.Count == 0)
        {
            return [];
        }

        // Shorter forms, short given names and typos of a person all keep the surname (or differ in it by a typo, below),
        // as does a surname the recogniser took for a body's, with little confidence or with much. A name some mentions
        // read as a person's keeps it too, so that its block stays the same when its vote turns.
        if (group.Kind == EntityKind.Person || group.KindWeights.GetValueOrDefault(EntityKind.Person) > 0 || NameGroup.IsOneWordBody(group))
        {
            keys.Add(SurnamePrefix + words[^1]);
            if (PersonNames.PaternalSurname(words) is var paternal and > 0)
            {
                // "Rodrigo Sepúlveda" of "Rodrigo Andrés Sepúlveda Núñez" keeps the father's surname, not the last.
                keys.Add(SurnamePrefix + words[paternal]);
            }

            if (group.Kind == EntityKind.Person && group.Forms.Keys.Select(f => PersonNames.EastAsianFamilyIndex(f, words)).DefaultIfEmpty(-1).Max() is var family and >= 0)
            {
                // "Chen" of "Chen Chih-wei", "Huang" of "Vincent Huang Kuo-liang": a Chinese name's family name.
                keys.Add(SurnamePrefix + words[family]);
            }

            if (group.Kind == EntityKind.Person && words.Count >= 4)
            {
                // "Zé Carlos" of "José Carlos de Almeida Filho": a long name's second given name, which its double given
                // name alone ends in.
                keys.Add(SurnamePrefix + words[1]);
            }
        }

        // "Hüseyin Bey" in one story, "Hüseyin Cahit Öztürk" in another: the given name, where a title of address follows
        // it or the name is written with Turkish letters (a key on every given name would make one block of all the Johns).
        // Ethiopians are called by the given name too ("Dawit" for Dawit Alemu).
        if (group.Kind == EntityKind.Person
            && (PersonNames.IsGivenNameAddress(words) || (words.Count >= 2 && group.Forms.Keys.Any(PersonNames.HasTurkishLetters))
                || (words.Count == 1 && EthiopianNames.IsNameKey(words[0])) || EthiopianNames.IsFullNameKey(words)))
        {
            keys.Add(PersonNames.GivenNamePrefix + words[0]);
        }

        keys.Add(TypoPrefix + group.Anchor);
        foreach (var anchor in group.FormAnchors.Keys)
        {
            keys.Add(TypoPrefix + anchor);
        }

        // "Norvance Bio" shares a key with "Norvance", the short form another story gives the company, and "Long Hoa
        // Tiger Shrimp Cooperative" with the "Long Hoa Shrimp Cooperative" another writes, and "Tra Vinh Department of
        // Natural Resources" with the "Department of Natural Resources" of a story that named the province apart.
        if (group.Kind == EntityKind.Organization)
        {
            foreach (var stem in CompanyForms.Stems(words).Concat(CompanyForms.WithOneInnerWordLeftOut(words)).Concat(CompanyForms.WithoutLeadingPlace(words)))
            {
                keys.Add(TypoPrefix + stem);
            }

            // "Lake Tana Fishers' Association" shares a key with the "Association of Lake Tana Fishers, Boat Operators …".
            if (CompanyForms.WithHeadLast(words) is { } headLast)
            {
                keys.Add(TypoPrefix + headLast);
            }
        }

        // "Assemblée nationale" shares a key with "National Assembly", and "GIE des Femmes Transformatrices de Kayar" with
        // the name that writes its legal form in full.
        if (group.Kind == EntityKind.Organization)
        {
            if (BodyTranslations.Key(words) is { } meaning)
            {
                keys.Add(meaning);
            }

            if (CompanyForms.WithAbbreviatedLeadingForm(words) is { } abbreviated)
            {
                keys.Add(TypoPrefix + abbreviated);
            }
        }

        // "Tra Vinh Province" shares a key with "Tra Vinh".
        if (group.Kind == EntityKind.Location && PlaceNames.WithoutProvinceWord(words) is { } province)
        {
            keys.Add(TypoPrefix + province);
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length < PersonNames.TypoMinimumLengthIn(group.Kind, words.Count, i))
            {
                continue;
            }

            foreach (var variant in PersonNames.DeletionVariants(words[i]))
            {
                keys.Add(TypoPrefix + string.Join(' ', words.Take(i).Append(variant).Concat(words.Skip(i + 1))));
            }
        }

        if (words.Count == 1 && group.Forms.Count > 0 && group.Forms.Keys.All(NameKeys.IsAcronym))
        {
            keys.Add(AcronymPrefix + words[0]);
        }

        // "UCI" in one story, "Union Cycliste Internationale" in another that never wrote the acronym.
        if (group.Kind != EntityKind.Person)
        {
            foreach (var form in group.Forms.Keys)
            {
                if (NameKeys.Initials(form) is { Length: > 0 } initials)
                {
                    keys.Add(AcronymPrefix + initials);
                }
            }
        }

        foreach (var acronym in group.Acronyms.Keys)
        {
            keys.Add(AcronymPrefix + new string([.. acronym.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]));
        }

        return [.. keys];
    }
}
