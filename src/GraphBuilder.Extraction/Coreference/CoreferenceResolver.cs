using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Pipeline;

namespace GraphBuilder.Extraction.Coreference;

/// <summary>
/// Groups a document's entity mentions into chains, one per entity, by rules whose decisions are recorded:
/// the same name up to case, punctuation and titles (<c>Wikileaks</c>/<c>WikiLeaks</c>, <c>Sen. Bernie Sanders</c>);
/// a person's surname or first name alone when exactly one full name in the document has it (<c>Putin</c>); an
/// acronym from a full name's initials or from a <c>Full Name (ACR)</c> pattern (<c>DNC</c>). A chain's type is the
/// one most of its names carry, and its canonical name is its fullest name.
/// </summary>
public sealed class CoreferenceResolver : INlpStage
{
    /// <inheritdoc/>
    public string Name => "coreference";

    /// <inheritdoc/>
    public string Version => "1";

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = document.Entities;
        var count = mentions.Count;
        var parent = Enumerable.Range(0, count).ToArray();
        var reasons = new List<(int Mention, string Reason)>();
        var texts = mentions.Select(m => NameText(document, m)).ToArray();
        var keys = texts.Select(NormalizedKey).ToArray();

        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        void Union(int a, int b, string reason)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
                reasons.Add((b, reason));
            }
        }

        // Rule 1: the same name, up to case, punctuation and titles; types may disagree (the recogniser's slips).
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (keys[i].Length == 0)
            {
                continue;
            }

            if (byKey.TryGetValue(keys[i], out var first))
            {
                Union(first, i, $"'{texts[i]}' is '{texts[first]}' (same name)");
            }
            else
            {
                byKey[keys[i]] = i;
            }
        }

        // Rule 2: a person's single name joins the one full name in the document that ends or starts with it.
        var fullNames = Enumerable.Range(0, count).Where(i => mentions[i].Kind == EntityKind.Person && Words(keys[i]).Length >= 2).ToList();
        for (var i = 0; i < count; i++)
        {
            var words = Words(keys[i]);
            if (words.Length != 1 || mentions[i].Kind is not (EntityKind.Person or EntityKind.Other))
            {
                continue;
            }

            var candidates = fullNames
                .Where(f => { var full = Words(keys[f]); return full[^1] == words[0] || full[0] == words[0]; })
                .Select(f => Find(f))
                .Distinct()
                .ToList();
            if (candidates.Count == 1)
            {
                Union(candidates[0], i, $"'{texts[i]}' is the only full name in the article with that name: '{texts[candidates[0]]}'");
            }
        }

        // Rule 3: acronyms, from initials or from "Full Name (ACR)".
        for (var i = 0; i < count; i++)
        {
            if (!IsAcronym(texts[i]))
            {
                continue;
            }

            var acronym = new string([.. texts[i].Where(char.IsLetter)]);
            var candidates = Enumerable.Range(0, count)
                .Where(j => j != i && !IsAcronym(texts[j]) && mentions[j].Kind != EntityKind.Person && Initials(texts[j]).Equals(acronym, StringComparison.OrdinalIgnoreCase))
                .Select(Find)
                .Distinct()
                .ToList();
            if (candidates.Count == 1)
            {
                Union(candidates[0], i, $"'{texts[i]}' is the initials of '{texts[candidates[0]]}'");
            }
            else if (i > 0 && FollowsInParentheses(document, mentions[i - 1], mentions[i]))
            {
                Union(i - 1, i, $"'{texts[i]}' follows '{texts[i - 1]}' in parentheses");
            }
        }

        BuildChains(document, parent.Select((_, i) => Find(i)).ToArray(), texts, reasons);
    }

    private static void BuildChains(Document document, int[] root, string[] texts, List<(int Mention, string Reason)> reasons)
    {
        var mentions = document.Entities.ToArray();
        var groups = Enumerable.Range(0, mentions.Length).GroupBy(i => root[i]).OrderBy(g => g.Min()).ToList();
        var chains = new List<EntityChain>(groups.Count);
        foreach (var group in groups)
        {
            var members = group.Order().ToList();

            // The type most of the chain's names carry; ties go to the fullest name's type.
            var kind = members
                .GroupBy(i => mentions[i].Kind)
                .OrderByDescending(g => g.Count())
                .ThenByDescending(g => g.Max(i => texts[i].Length))
                .First().Key;
            // The fullest name, preferring the case the text uses in running prose over a shouted dateline.
            var canonical = members
                .Where(i => !IsAcronym(texts[i]))
                .Select(i => texts[i])
                .OrderByDescending(t => t.Any(char.IsLower))
                .ThenByDescending(t => t.Length)
                .FirstOrDefault() ?? texts[members[0]];
            var aliases = members.Select(i => texts[i]).Where(t => t != canonical).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var i in members)
            {
                mentions[i] = mentions[i] with { Chain = chains.Count, Kind = kind, Form = IsAcronym(texts[i]) ? MentionForm.Acronym : mentions[i].Form };
            }

            var chainReasons = reasons.Where(r => root[r.Mention] == group.Key).Select(r => r.Reason).ToList();
            chains.Add(new EntityChain(chains.Count, kind, canonical, members, aliases) { Reasons = chainReasons });
        }

        var relations = document.Relations;
        document.SetChains(mentions, chains);
        document.SetRelations(relations);
    }

    private static string NameText(Document document, EntityMention mention)
    {
        var text = document.Slice(mention.Span);
        return text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal) ? text[..^2] : text;
    }

    private static string NormalizedKey(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        var words = name.Split([' ', '\u00A0', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsLetterOrDigit)]).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .SkipWhile(w => Titles.Contains(w))
            .ToList();
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "governor", "president", "prime", "minister", "gen", "general", "pope", "king", "queen", "prince", "mayor",
    };

    private static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsAcronym(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count is >= 2 and <= 8 && letters.All(char.IsUpper) && !text.Contains(' ', StringComparison.Ordinal);
    }

    private static string Initials(string name) =>
        new([.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 0 && char.IsUpper(w[0]))
            .Select(w => w[0])]);

    private static bool FollowsInParentheses(Document document, EntityMention full, EntityMention acronym)
    {
        var between = document.Text.AsSpan(full.Span.End, Math.Max(0, acronym.Span.Start - full.Span.End)).Trim();
        return between.SequenceEqual("(");
    }
}
