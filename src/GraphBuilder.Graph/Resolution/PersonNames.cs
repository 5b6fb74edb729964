using System.Buffers;
using System.Collections.Frozen;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// The rules by which two people's names can be one person's: a shorter form of a fuller name (a surname, a multi-word
/// surname, first name and surname without the middle, initials for the given names), known and clipped short forms of
/// given names, and a one-letter typo. Names are anchors: lower-case words, titles removed (<see cref="NameAnchor"/>).
/// </summary>
public static class PersonNames
{
    /// <summary>The shortest word a one-letter typo may be found in: shorter words differ by one letter too often.</summary>
    public const int TypoMinimumLength = 6;

    /// <summary>
    /// Gets the shortest word a one-letter typo may be found in, as the first word of a name of so many words: six
    /// letters, five in a place's name of two words ("Bahar Dar" for "Bahir Dar"), four in a body's name of three words or
    /// more ("Abay Leather Industry" for "Abbay Leather Industry"), where the other words agree too. The first word only,
    /// so that a long name adds few blocking keys.
    /// </summary>
    /// <param name="kind">The entity type.</param>
    /// <param name="wordCount">The number of words in the name.</param>
    /// <param name="word">The index of the word in the name.</param>
    /// <returns>The length in letters.</returns>
    public static int TypoMinimumLengthIn(EntityKind kind, int wordCount, int word) =>
        word > 0 ? TypoMinimumLength
        : kind == EntityKind.Organization && wordCount >= 3 ? 4
        : kind == EntityKind.Location && wordCount == 2 ? 5
        : TypoMinimumLength;

    /// <summary>The shortest clipped given name: "Jo" begins too many names, "Wale" ends few.</summary>
    public const int ClippedMinimumLength = 4;

    /// <summary>
    /// The fewest letters a clipped given name's full form adds: "Paula" and "Paul", "Joanna" and "Anna", "Jonathan"
    /// and "Nathan" are names of their own.
    /// </summary>
    public const int ClippedMinimumCut = 3;

    // Short forms of given names that newsrooms use interchangeably; both directions are equivalent.
    private static readonly FrozenDictionary<string, string> ShortForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bernie"] = "bernard", ["bill"] = "william", ["will"] = "william", ["billy"] = "william", ["bob"] = "robert",
        ["rob"] = "robert", ["bobby"] = "robert", ["jim"] = "james", ["jimmy"] = "james", ["joe"] = "joseph",
        ["mike"] = "michael", ["tom"] = "thomas", ["tony"] = "anthony", ["dick"] = "richard", ["rick"] = "richard",
        ["ted"] = "edward", ["ed"] = "edward", ["ken"] = "kenneth", ["dan"] = "daniel", ["dave"] = "david",
        ["chris"] = "christopher", ["matt"] = "matthew", ["nick"] = "nicholas", ["pat"] = "patrick", ["pete"] = "peter",
        ["steve"] = "steven", ["sam"] = "samuel", ["ben"] = "benjamin", ["alex"] = "alexander", ["andy"] = "andrew",
        ["greg"] = "gregory", ["jeff"] = "jeffrey", ["jon"] = "jonathan", ["larry"] = "lawrence", ["chuck"] = "charles",
        ["charlie"] = "charles", ["fred"] = "frederick", ["hank"] = "henry", ["harry"] = "henry", ["jack"] = "john",
        ["johnny"] = "john", ["liz"] = "elizabeth", ["beth"] = "elizabeth", ["kate"] = "katherine", ["kathy"] = "katherine",
        ["jenny"] = "jennifer", ["jen"] = "jennifer", ["sue"] = "susan", ["meg"] = "margaret", ["peggy"] = "margaret",
        ["maggie"] = "margaret", ["debbie"] = "deborah", ["vicky"] = "victoria", ["nancy"] = "ann", ["becky"] = "rebecca",

        // Brazilian ones, folded as anchors are ("Zé" for José, "Bia" for Beatriz, "Tião" for Sebastião).
        ["ze"] = "jose", ["zeca"] = "jose", ["bia"] = "beatriz", ["chico"] = "francisco", ["tiao"] = "sebastiao",
        ["nando"] = "fernando", ["dudu"] = "eduardo", ["tonho"] = "antonio",

        // Senegalese: "Pape" is how "Papa" (a given name of its own there) is called.
        ["pape"] = "papa",

        // Hungarian pet forms ("Feri" for Ferenc, "Zsuzsi" and "Zsuzsa" for Zsuzsanna).
        ["feri"] = "ferenc", ["zsuzsi"] = "zsuzsanna", ["zsuzsa"] = "zsuzsanna", ["laci"] = "laszlo", ["pisti"] = "istvan",
        ["jozsi"] = "jozsef", ["gabi"] = "gabor", ["kati"] = "katalin", ["ili"] = "ilona",

        // Polish diminutives, which a family or a radio host uses ("Tadek" for Tadeusz, "Gosia" for Małgorzata).
        ["kasia"] = "katarzyna", ["gosia"] = "malgorzata", ["aga"] = "agnieszka", ["basia"] = "barbara", ["ola"] = "aleksandra",
        ["ania"] = "anna", ["magda"] = "magdalena", ["jola"] = "jolanta", ["ela"] = "elzbieta", ["ula"] = "urszula",
        ["iza"] = "izabela", ["marysia"] = "maria", ["zosia"] = "zofia", ["hania"] = "hanna", ["krysia"] = "krystyna",
        ["tomek"] = "tomasz", ["tadek"] = "tadeusz", ["jurek"] = "jerzy", ["staszek"] = "stanislaw", ["wojtek"] = "wojciech",
        ["krzysiek"] = "krzysztof", ["grzesiek"] = "grzegorz", ["zbyszek"] = "zbigniew", ["maciek"] = "maciej",
        ["piotrek"] = "piotr", ["bartek"] = "bartlomiej", ["kuba"] = "jakub", ["janek"] = "jan", ["jozek"] = "jozef",
        ["rysiek"] = "ryszard", ["heniek"] = "henryk", ["wiesiek"] = "wieslaw", ["mirek"] = "miroslaw", ["franek"] = "franciszek",
        ["antek"] = "antoni", ["wladek"] = "wladyslaw", ["kazik"] = "kazimierz", ["slawek"] = "slawomir", ["darek"] = "dariusz",
        ["radek"] = "radoslaw",

        // Greek: romanisations ("Yiorgos", "Panayiotis", "Vassiliki"), the English form ("George"), the spoken short forms
        // of the official names ("Dimitris" for Dimitrios, "Antonis" for Antonios) and pet names ("Takis", "Vasso").
        ["yiorgos"] = "giorgos", ["georgios"] = "giorgos", ["george"] = "giorgos", ["panayiotis"] = "panagiotis",
        ["takis"] = "panagiotis", ["panos"] = "panagiotis", ["vassiliki"] = "vasiliki", ["vasso"] = "vasiliki",
        ["dimitris"] = "dimitrios", ["mimis"] = "dimitrios", ["antonis"] = "antonios", ["kostas"] = "konstantinos",
        ["costas"] = "konstantinos", ["nikos"] = "nikolaos", ["giannis"] = "ioannis", ["yiannis"] = "ioannis",
        ["yannis"] = "ioannis", ["vasilis"] = "vasileios", ["vassilis"] = "vasileios", ["thanasis"] = "athanasios",
        ["vangelis"] = "evangelos", ["lefteris"] = "eleftherios", ["manolis"] = "emmanouil", ["stelios"] = "stylianos",
        ["michalis"] = "michail", ["babis"] = "charalampos", ["giota"] = "panagiota", ["yiota"] = "panagiota",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Men's given names that end in "a", folded.
    private static readonly FrozenSet<string> MasculineNamesInA = FrozenSet.ToFrozenSet(
        [
            "kuba", "barnaba", "kosma", "jarema", "dyzma", "bonawentura", "luca", "andrea", "nicola", "nikola", "mattia",
            "elia", "nikita", "ilya", "misha", "sasha", "pasha", "vanya", "kolya", "tolya", "joshua", "ezra",
            "mustafa", "musa", "isa", "yahya", "zakaria", "moussa", "issa", "idrissa", "akira", "garba",
            "bala", "danjuma", "dawuda", "ibrahima", "papa", "juma", "baba", "luka", "costa", "tomba", "mika",
            "ishaya", "buba", "haruna", "ayuba", "hamza", "osama", "usama", "taha", "reza", "mirza",
            "attila", "kaba", "ananda", "krishna", "rama", "shiva", "surya", "aditya", "chaitanya", "bhima",
            "arjuna",
        ],
        StringComparer.Ordinal);

    // The particles a Spanish or Portuguese surname may open with ("del campo", "de la fuente", "dos santos").
    private static readonly FrozenSet<string> SurnameParticles = FrozenSet.ToFrozenSet(
        ["de", "del", "la", "las", "los", "y", "da", "das", "do", "dos"], StringComparer.Ordinal);

    // Turkish titles of address written after a given name ("Hüseyin Bey", "Zeynep Hanım"), lower case, folded as
    // anchors are or as written.
    private static readonly FrozenSet<string> AddressAfterGivenName = FrozenSet.ToFrozenSet(["bey", "hanim", "hanım", "efendi"], StringComparer.Ordinal);

    private static readonly SearchValues<char> TurkishLetters = SearchValues.Create("çğıİöşüÇĞŞÖÜ");

    private static readonly SearchValues<char> LowerAscii = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>The prefix of the given-name key that joins "Hüseyin Bey" to "Hüseyin Cahit Öztürk" across articles.</summary>
    public const string GivenNamePrefix = "g:";

    /// <summary>
    /// Tells whether a name's words are a given name and a Turkish title of address after it (<c>hüseyin bey</c>,
    /// <c>zeynep hanim</c>): the person the text calls so is the one of that given name, whatever the surname.
    /// </summary>
    /// <param name="words">The name's lower-case words.</param>
    /// <returns><see langword="true"/> for two words, the second a title of address.</returns>
    public static bool IsGivenNameAddress(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count == 2 && AddressAfterGivenName.Contains(words[1]) && !AddressAfterGivenName.Contains(words[0]);
    }

    /// <summary>
    /// Tells where the family name stands in a Chinese or Korean name written family name first, with a given name of two
    /// syllables joined by a hyphen: <c>Wang Yu-chen</c>, or <c>Vincent Huang Kuo-liang</c> with an English given name
    /// before it. News calls such a person by the family name alone ("Wang"), never by the given name's last syllable.
    /// </summary>
    /// <param name="form">The name as written.</param>
    /// <param name="words">The name's anchor words (titles removed).</param>
    /// <returns>The family name's index among <paramref name="words"/> (<c>wang yu chen</c>: 0, <c>vincent huang kuo
    /// liang</c>: 1), or -1 for a name of another shape.</returns>
    public static int EastAsianFamilyIndex(string form, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(words);
        var parts = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !IsSyllablePair(parts[^1]) || !char.IsUpper(parts[^2][0]) || !parts[^2].All(char.IsLetter))
        {
            return -1;
        }

        // The given name's two syllables are the last two anchor words, after the family name and at most one English
        // given name.
        return words.Count is 3 or 4 ? words.Count - 3 : -1;
    }

    /// <summary>
    /// Tells whether a shorter name is a form of a Chinese or Korean name whose family name stands at <paramref
    /// name="family"/>: the family name alone (<c>huang</c>), the English given name and family name (<c>vincent
    /// huang</c>), or the name without its English given name (<c>huang kuo liang</c>).
    /// </summary>
    /// <param name="shorter">The shorter anchor's words.</param>
    /// <param name="fuller">The fuller anchor's words.</param>
    /// <param name="family">The family name's index in <paramref name="fuller"/>, from <see cref="EastAsianFamilyIndex"/>.</param>
    /// <returns>Whether the shorter is one of those forms.</returns>
    public static bool IsEastAsianShortForm(IReadOnlyList<string> shorter, IReadOnlyList<string> fuller, int family)
    {
        ArgumentNullException.ThrowIfNull(shorter);
        ArgumentNullException.ThrowIfNull(fuller);
        if (family < 0 || family >= fuller.Count || shorter.Count == 0 || shorter.Count >= fuller.Count)
        {
            return false;
        }

        return (shorter.Count == 1 && shorter[0] == fuller[family])
            || (family > 0 && shorter.Count == family + 1 && fuller.Take(family + 1).SequenceEqual(shorter, StringComparer.Ordinal))
            || (family > 0 && shorter.Count == fuller.Count - family && fuller.Skip(family).SequenceEqual(shorter, StringComparer.Ordinal));
    }

    // "Yu-chen", "Kuo-liang", "Sung-jin": a capitalised syllable, a hyphen and a syllable in lower case; or shouted,
    // "YU-CHEN" in a headline or a transcript's speaker label.
    private static bool IsSyllablePair(string word)
    {
        if (word.Length > 1 && !word.Any(char.IsLower))
        {
            word = string.Concat(word.AsSpan(0, 1), word[1..].ToLowerInvariant());
        }

        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen is > 0 and <= 5 && word.Length - hyphen - 1 is >= 1 and <= 5 && char.IsUpper(word[0])
            && !word.AsSpan(1, hyphen - 1).ContainsAnyExcept(LowerAscii) && !word.AsSpan(hyphen + 1).ContainsAnyExcept(LowerAscii);
    }

    /// <summary>
    /// Tells whether a person's name, as written, may be addressed by its given name and a Turkish title: one written
    /// with a letter of the Turkish alphabet that English has not ("Hüseyin Cahit Öztürk", "Kerem Tarık Soydan").
    /// </summary>
    /// <param name="form">The name as written.</param>
    /// <returns><see langword="true"/> for a name with ç, ğ, ı, İ, ö, ş or ü.</returns>
    public static bool HasTurkishLetters(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.AsSpan().IndexOfAny(TurkishLetters) >= 0;
    }

    /// <summary>
    /// Tells whether a given name is a woman's by its ending: a final "a" makes one in the Slavic, Baltic, Romance and
    /// Germanic names news most often writes ("Halina", "Agnieszka", "Maria"), but for men's names that end so ("Kuba",
    /// "Luca", "Nikita", "Joshua", "Mustafa").
    /// </summary>
    /// <param name="given">A lower-case given name, with its accents or folded.</param>
    /// <returns><see langword="true"/> when the name reads as a woman's; <see langword="false"/> says nothing.</returns>
    public static bool IsFeminineGivenName(string given)
    {
        ArgumentNullException.ThrowIfNull(given);
        var folded = LatinFolding.Fold(given);
        return folded.Length >= 3 && folded[^1] == 'a' && !MasculineNamesInA.Contains(folded);
    }

    /// <summary>Gets the given name a short form stands for, or the name itself.</summary>
    /// <param name="given">A lower-case given name, with its accents or folded.</param>
    /// <returns>The full form, folded (<c>bernard</c> for <c>bernie</c>, <c>jozef</c> for <c>józek</c>).</returns>
    public static string FullGivenName(string given)
    {
        ArgumentNullException.ThrowIfNull(given);
        return ShortForms.TryGetValue(given, out var full) || ShortForms.TryGetValue(LatinFolding.Fold(given), out full) ? full : given;
    }

    // The shortest given name whose romanisations are folded: "Olexandr" and "Oleksandr", "Serhiy" and "Serhii".
    private const int TransliteratedMinimumLength = 5;

    // Folds the letters that romanisations of Ukrainian and Russian names write differently: "x" for "ks" (Olexandr,
    // Oleksandr), "iy" for "ii" (Serhiy, Serhii; Anatoliyovych, Anatoliiovych) and a final "yi" or "ij" for it too
    // (Zhuravskyi, Zhuravskii).
    private static string Transliterated(string word)
    {
        if (word.Length < TransliteratedMinimumLength)
        {
            return word;
        }

        var folded = word.Replace("x", "ks", StringComparison.Ordinal).Replace("iy", "ii", StringComparison.Ordinal);
        return folded[^2..] is "yi" or "ij" ? folded[..^2] + "ii" : folded;
    }

    /// <summary>
    /// Tells whether a shorter name is a form of a fuller one: its words are the fuller name's last words (a surname,
    /// <c>lloyd webber</c> of <c>andrew lloyd webber</c>), or its first word and surname without the middle
    /// (<c>george bush</c> of <c>george w bush</c>); given names compare by their full forms. Names of the same length
    /// are never shorter forms of each other, and middle names never conflict (<c>george w bush</c> is no form of
    /// <c>george h w bush</c>).
    /// </summary>
    /// <param name="shorter">The shorter name's words.</param>
    /// <param name="fuller">The fuller name's words.</param>
    /// <returns>Whether the shorter is a form of the fuller.</returns>
    public static bool IsShorterForm(IReadOnlyList<string> shorter, IReadOnlyList<string> fuller)
    {
        ArgumentNullException.ThrowIfNull(shorter);
        ArgumentNullException.ThrowIfNull(fuller);
        if (shorter.Count == 0 || shorter.Count >= fuller.Count)
        {
            return false;
        }

        if (EndsWith(fuller, shorter, 0))
        {
            return true;
        }

        if (shorter.Count == 2 && IsCalledByShortForm(shorter, fuller))
        {
            return true;
        }

        if (shorter.Count == 1 || !SameGivenName(shorter[0], fuller[0]))
        {
            return false;
        }

        // The double given name alone, its first in a short form: "zé carlos" of "josé carlos de almeida filho".
        if (shorter.Count == 2 && fuller.Count >= 4 && shorter[0] != fuller[0] && shorter[1] == fuller[1])
        {
            return true;
        }

        // First name and surname: "george bush" of "george w bush", "bill clinton" of "william jefferson clinton"; and
        // with two surnames, "rodrigo sepúlveda núñez" of "rodrigo andrés sepúlveda núñez" (an initial is a middle name
        // of its own: "george w bush" is no form of "george h w bush").
        if (shorter.Count == 2 ? shorter[1] == fuller[^1] : shorter[1].Length >= 2 && EndsWith(fuller, shorter, 1))
        {
            return true;
        }

        // The given names and the father's surname without the mother's: "rodrigo sepúlveda" and "maría josé fuentes"
        // of "rodrigo andrés sepúlveda núñez" and "maría josé fuentes ibarra".
        var paternal = PaternalSurname(fuller);
        return paternal > 0 && shorter.Count >= 2 && shorter[^1] == fuller[paternal] && InOrder(shorter, 1, shorter.Count - 1, fuller, paternal);
    }

    // "bia cordeiro" of "ana beatriz cordeiro vasconcelos": the short form of a later given name, then one of the
    // surnames. Only a short form counts, as "Beatriz" alone may be another person's whole given name.
    private static bool IsCalledByShortForm(IReadOnlyList<string> shorter, IReadOnlyList<string> fuller)
    {
        var given = FullGivenName(shorter[0]);
        if (given == shorter[0] || fuller.Count < 3)
        {
            return false;
        }

        for (var k = 1; k < fuller.Count - 1; k++)
        {
            if (fuller[k] == given)
            {
                return fuller.Skip(k + 1).Contains(shorter[1]) && !SurnameParticles.Contains(shorter[1]);
            }
        }

        return false;
    }

    /// <summary>
    /// Finds the father's surname in a name written in the Spanish and Portuguese order, given names, the father's
    /// surname, then the mother's (<c>claudia bustamante oyarzún</c>, <c>juan pablo achurra del campo</c>): news
    /// writes the first surname alone or after the given names, and the last word alone is not the surname used.
    /// </summary>
    /// <param name="words">The name's words, in lower case.</param>
    /// <returns>The index of the word before the last surname (with its particles), or -1 for a name of fewer than three
    /// words or with an initial there.</returns>
    public static int PaternalSurname(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var last = words.Count - 1;
        while (last > 1 && SurnameParticles.Contains(words[last - 1]))
        {
            last--;
        }

        return last >= 2 && words[last - 1].Length >= 2 && !SurnameParticles.Contains(words[last - 1]) ? last - 1 : -1;
    }

    /// <summary>
    /// Tells whether a shorter name gives a fuller one's given names as initials before its surname: <c>ro akanbi</c>
    /// (written "R.O. Akanbi") of <c>rasheed olatunji akanbi</c>. The caller checks that the name was written with
    /// initials, as "Ed" is a given name too.
    /// </summary>
    /// <param name="shorter">The shorter name's words.</param>
    /// <param name="fuller">The fuller name's words.</param>
    /// <returns>Whether the shorter's first word is the initials of every given name of the fuller, and the surnames agree.</returns>
    public static bool IsInitialsForm(IReadOnlyList<string> shorter, IReadOnlyList<string> fuller)
    {
        ArgumentNullException.ThrowIfNull(shorter);
        ArgumentNullException.ThrowIfNull(fuller);
        if (shorter.Count != 2 || fuller.Count < 2 || shorter[1] != fuller[^1] || shorter[0].Length != fuller.Count - 1)
        {
            return false;
        }

        for (var i = 0; i < shorter[0].Length; i++)
        {
            if (fuller[i].Length < 2 || fuller[i][0] != shorter[0][i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether a word is an East Slavic patronymic, by its ending for a son or a daughter.</summary>
    /// <param name="word">A lower-case word.</param>
    /// <returns><see langword="true"/> for <c>ivanovych</c>, <c>volodymyrivna</c>, <c>petrovich</c>, <c>ivanovna</c>.</returns>
    public static bool IsPatronymic(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 6 && (word.EndsWith("ovych", StringComparison.Ordinal) || word.EndsWith("evych", StringComparison.Ordinal)
            || word.EndsWith("ovich", StringComparison.Ordinal) || word.EndsWith("evich", StringComparison.Ordinal)
            || word.EndsWith("ivna", StringComparison.Ordinal) || word.EndsWith("ovna", StringComparison.Ordinal)
            || word.EndsWith("evna", StringComparison.Ordinal) || word.EndsWith("ichna", StringComparison.Ordinal));
    }

    /// <summary>
    /// Tells whether a name is a given name and a patronymic, as Ukrainians and Russians address each other ("Larysa
    /// Volodymyrivna"): a form of address, never a person's full name.
    /// </summary>
    /// <param name="words">The name's lower-case words.</param>
    /// <returns>Whether the name is two words, the second a patronymic.</returns>
    public static bool IsPatronymicAddress(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count == 2 && IsPatronymic(words[1]);
    }

    /// <summary>
    /// Tells whether two names of the same length are one person's because their given names are short and full forms
    /// of each other (<c>bernie sanders</c>, <c>bernard sanders</c>) and every other word is the same, or their words are
    /// romanised differently (<c>serhiy anatoliyovych hrytsenko</c>, <c>serhii anatoliiovych hrytsenko</c>).
    /// </summary>
    /// <param name="a">One name's words.</param>
    /// <param name="b">The other's.</param>
    /// <returns>Whether they are the same name up to the given name's form.</returns>
    public static bool SameUpToShortForm(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Count == b.Count && a.Count >= 2 && !a.SequenceEqual(b, StringComparer.Ordinal)
            && SameGivenName(a[0], b[0])
            && Enumerable.Range(1, a.Count - 1).All(i => a[i] == b[i] || Transliterated(a[i]) == Transliterated(b[i]));
    }

    /// <summary>
    /// Tells whether two given names are one: the same, short and full forms of each other (<c>bill</c>,
    /// <c>william</c>), two romanisations of one Ukrainian or Russian name (<c>olexandr</c>, <c>oleksandr</c>), or one the other's clipped form of four letters or more, its beginning or its end, three letters
    /// or more shorter (<c>funmi</c> of <c>funmilayo</c>, <c>wale</c> of <c>adewale</c>, <c>emeka</c> of
    /// <c>chukwuemeka</c>), as names in many languages are shortened so.
    /// </summary>
    /// <param name="a">One lower-case given name.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether they can be one person's given name.</returns>
    public static bool SameGivenName(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Transliterated(LatinFolding.Fold(FullGivenName(a))) == Transliterated(LatinFolding.Fold(FullGivenName(b))))
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= ClippedMinimumLength && longer.Length - shorter.Length >= ClippedMinimumCut
            && (longer.StartsWith(shorter, StringComparison.Ordinal) || longer.EndsWith(shorter, StringComparison.Ordinal));
    }

    /// <summary>
    /// Finds the one word two names of the same length differ in, when it differs by one letter (inserted, deleted,
    /// replaced or two swapped) and is long enough in both.
    /// </summary>
    /// <param name="a">One name's words.</param>
    /// <param name="b">The other's.</param>
    /// <param name="kind">The names' entity type, which sets the shortest word a typo may be found in (<see cref="TypoMinimumLengthIn"/>).</param>
    /// <returns>The index of that word, or -1.</returns>
    public static int TypoWord(IReadOnlyList<string> a, IReadOnlyList<string> b, EntityKind kind)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
        {
            return -1;
        }

        var differing = -1;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            if (differing >= 0)
            {
                return -1;
            }

            differing = i;
        }

        return differing >= 0
            && Math.Min(a[differing].Length, b[differing].Length) >= TypoMinimumLengthIn(kind, a.Count, differing)
            && OneEditApart(a[differing], b[differing])
            && !(kind == EntityKind.Person && AreGenderedForms(a[differing], b[differing]))
            ? differing
            : -1;
    }

    /// <summary>
    /// Whether a surname written alone is a one-letter slip for a longer-standing surname ("Mauer" for "Maurer"): one
    /// letter inserted, deleted, replaced or two swapped, in a name of <see cref="TypoMinimumLength"/> letters or more
    /// (the slip may be a letter shorter), and not the other sex's form of one family name ("Wiśniewska" and
    /// "Wiśniewski", "Ivanova" and "Ivanov", "Novotná" and "Novotný").
    /// </summary>
    /// <param name="written">The surname as written alone, in lower case.</param>
    /// <param name="surname">A full name's surname, in lower case.</param>
    /// <returns><see langword="true"/> when <paramref name="written"/> reads as a slip for <paramref name="surname"/>.</returns>
    public static bool IsSurnameSlip(string written, string surname)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(surname);
        return written != surname && Math.Max(written.Length, surname.Length) >= TypoMinimumLength
            && Math.Min(written.Length, surname.Length) >= TypoMinimumLength - 1
            && OneEditApart(written, surname) && !AreGenderedForms(written, surname);
    }

    // Slavic family names change their ending with the bearer's sex: -ski/-ska, -cki/-cka, -ov/-ova, -ý/-á; Greek ones
    // too: -os/-ou ("Vlachopoulos", his daughter "Vlachopoulou"), -is/-i ("Papadakis", "Papadaki"), -as/-a.
    private static bool AreGenderedForms(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (longer.Length == shorter.Length + 1)
        {
            return longer.StartsWith(shorter, StringComparison.Ordinal)
                && (IsFeminineEnding(longer[^1]) || (longer[^1] == 's' && shorter[^1] is 'i' or 'a' or 'í' or 'á'));
        }

        return shorter.Length == longer.Length && shorter.AsSpan(0, shorter.Length - 1).SequenceEqual(longer.AsSpan(0, longer.Length - 1))
            && (IsFeminineEnding(shorter[^1]) || IsFeminineEnding(longer[^1])
                || (shorter.Length > 2 && shorter[^2] == 'o' && (shorter[^1], longer[^1]) is ('s', 'u') or ('u', 's')));
    }

    private static bool IsFeminineEnding(char letter) => letter is 'a' or 'á';

    /// <summary>Gets the deletion variants of a word (each letter left out once), the blocking keys of the typo rule.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The variants, without repeats.</returns>
    public static IEnumerable<string> DeletionVariants(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < word.Length; i++)
        {
            var variant = string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
            if (seen.Add(variant))
            {
                yield return variant;
            }
        }
    }

    // Whether shorter[from..to) are words of fuller[1..end), in order.
    private static bool InOrder(IReadOnlyList<string> shorter, int from, int to, IReadOnlyList<string> fuller, int end)
    {
        var j = 1;
        for (var i = from; i < to; i++)
        {
            while (j < end && fuller[j] != shorter[i])
            {
                j++;
            }

            if (j++ >= end)
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWith(IReadOnlyList<string> longer, IReadOnlyList<string> suffix, int skip)
    {
        var offset = longer.Count - suffix.Count;
        for (var i = skip; i < suffix.Count; i++)
        {
            if (longer[offset + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool OneEditApart(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var first = -1;
            var count = 0;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    first = count == 0 ? i : first;
                    count++;
                }
            }

            // One letter replaced, or two neighbours swapped.
            return count == 1 || (count == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]);
        }

        if (Math.Abs(a.Length - b.Length) != 1)
        {
            return false;
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var skipped = false;
        for (int i = 0, j = 0; i < shorter.Length; j++)
        {
            if (shorter[i] == longer[j])
            {
                i++;
            }
            else if (skipped)
            {
                return false;
            }
            else
            {
                skipped = true;
            }
        }

        return true;
    }
}
