using System.Globalization;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Resolution;

/// <summary>
/// Resolves a closed block of name groups into entities. The result is a function of the block's contents only (never of
/// the order the articles came in), so resolving every block from scratch and resolving block by block as articles arrive
/// give the same graph.
/// </summary>
/// <remarks>
/// The rules, each recorded as a decision:
/// <list type="bullet">
/// <item>the same anchor is one group: its drafts are one entity, typed by the confidence-weighted vote of all their
/// mentions (<c>same-name</c>, <c>type-vote</c>);</item>
/// <item>people's names that differ only in the given name's short form are one person (<c>nickname</c>), and
/// companies' names that differ only in the legal form's abbreviation one company (<c>company-form</c>);</item>
/// <item>names that differ by one letter in one word of six letters or more are one entity when their type agrees and
/// their articles share a neighbour or a source (<c>typo</c>, with a confidence);</item>
/// <item>two organisations' names that were each given one other name, a part of neither, are one organisation's, in
/// two languages (<c>shared-name</c>);</item>
/// <item>a shorter form of a person's name (a surname, a multi-word surname, first name and surname) joins the one person
/// in the block it can be a form of (<c>short-form</c>); an acronym joins the one entity some article defined or used it
/// for (<c>acronym</c>); another name an article gave an entity (<c>Northwind</c> for <c>Northwind Energy</c>) joins
/// the one entity it was given for, whatever its type, though a place never joins a person (<c>alias</c>); an
/// organisation's name joins the one organisation whose name only adds a legal form or business word to it
/// (<c>Norvance</c> for <c>Norvance Bio</c>, <c>company-form</c>); a one-word
/// name typed an organisation with little confidence joins the one person whose surname it is, when that person's
/// mentions outweigh it (<c>surname</c>);</item>
/// <item>any other one-word name typed an organisation that is also the surname of people in the block stays a body, but each of its drafts whose article shares at least two names with one such person's articles is that person
/// ("Dufresne said" in a story about his team; <c>surname-context</c>);</item>
/// <item>an acronym of three letters or more that no article defined, which is the initials of bodies in the block, stays
/// apart, but each of its drafts whose article shares a name with one such body's articles, and more with it than with
/// any other, is that body ("UCI president" in a story on a team another story named beside "Union Cycliste
/// Internationale"; <c>initials-context</c>);</item>
/// <item>when several are possible, each article's draft goes to the one its article's other names and its source point
/// at, and stays apart when none or several do (<c>context</c>, <c>short-form-ambiguous</c>, <c>acronym-ambiguous</c>,
/// <c>alias-ambiguous</c>);</item>
/// <item>different given names never merge: they are not forms of each other.</item>
/// </list>
/// </remarks>
public static class ComponentResolver
{
    private const double SourceWeight = 0.5;

    private const string SurnameContext = "surname-context";

    private const string InitialsContext = "initials-context";

    /// <summary>
    /// The score a confident body's name needs to be read as a person's surname in its article: two names in common,
    /// as a source alone or one common name (a country, a city) is no sign that the article speaks of the person.
    /// </summary>
    private const double SurnameContextMinimum = 2;

    /// <summary>
    /// The score an acronym no article defined needs to be read as a body's initials in its article: one name in
    /// common, as three or more letters that are one body's initials in the block already say much.
    /// </summary>
    private const double InitialsContextMinimum = 1;

    /// <summary>Resolves a block, or says what must be loaded first.</summary>
    /// <param name="input">The block.</param>
    /// <returns>The resolution.</returns>
    public static ComponentResolution Resolve(ComponentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var state = new State(input);
        var missingContexts = new SortedSet<string>(StringComparer.Ordinal);
        state.MergeNicknames();
        state.MergeTypos(missingContexts);
        state.AttachShortForms();
        var ambiguous = state.Ambiguous();
        var missingDrafts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (group, candidates, _) in ambiguous)
        {
            if (!input.Drafts.ContainsKey(state.Groups[group].Anchor))
            {
                missingDrafts.Add(state.Groups[group].Anchor);
            }

            foreach (var member in candidates.SelectMany(state.Members).Where(m => !input.Contexts.ContainsKey(state.Groups[m].Anchor)))
            {
                missingContexts.Add(state.Groups[member].Anchor);
            }
        }

        if (missingContexts.Count > 0 || missingDrafts.Count > 0)
        {
            return new ComponentResolution { NeedContexts = [.. missingContexts], NeedDrafts = [.. missingDrafts] };
        }

        return state.Build(ambiguous);
    }

    /// <summary>Chooses a canonical name among written forms: a name in running case over a shouted one, then a person's full
    /// name as English prose writes it over a register's with the family name in capitals or first the Hungarian way, then
    /// the most complete (most words once titles are gone), then the most frequent, then the first in ordinal order.</summary>
    /// <param name="forms">The forms with their numbers of mentions.</param>
    /// <param name="kind">The entity's type.</param>
    /// <returns>The canonical name.</returns>
    public static string CanonicalName(IReadOnlyDictionary<string, int> forms, EntityKind kind)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var names = forms.Any(f => !NameKeys.IsAcronym(f.Key)) ? forms.Where(f => !NameKeys.IsAcronym(f.Key)) : forms;
        var proseFullName = kind == EntityKind.Person && forms.Any(f => !IsRegisterForm(f.Key) && NameLength(f.Key, kind) >= 2);
        return names
            .OrderByDescending(f => f.Key.Any(char.IsLower))
            .ThenBy(f => proseFullName && IsRegisterForm(f.Key))
            .ThenByDescending(f => NameLength(f.Key, kind))
            .ThenByDescending(f => f.Value)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Key)
            .FirstOrDefault() ?? string.Empty;
    }

    // A register's "HRYTSENKO Serhii Anatoliiovych" shouts the family name it puts first, and "Balogh Tamás" signs a
    // Hungarian speech family name first: the name as English prose writes it is the one to show. A Roman numeral ("Henry
    // VIII") is no shouting.
    private static bool IsRegisterForm(string form) =>
        form.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Length > 1 && w.All(c => char.IsLetter(c) && char.IsUpper(c)) && !w.All(c => c is 'I' or 'V' or 'X' or 'L'))
        || HungarianNames.InEnglishOrder(form, NameAnchor.Split(form)) is not null;

    // A name's words once titles are gone, a Chinese given name's two syllables counting as the one name they are: "Wang
    // Yu-chen" is no fuller than "Yudaw Pisaw"; a given name and patronymic is a form of address, no fuller than a given name.
    private static int NameLength(string form, EntityKind kind)
    {
        var words = NameAnchor.Words(form, kind);
        return kind == EntityKind.Person && (PersonNames.EastAsianFamilyIndex(form, words) >= 0 || PersonNames.IsPatronymicAddress(words)) ? words.Count - 1 : words.Count;
    }

    private sealed class State
    {
        private readonly ComponentInput _input;
        private readonly int[] _parent;
        private readonly List<(int Group, string Rule, string Detail, int Target)> _merges = [];

        // Where each group's family name stands when it is a Chinese or Korean name written family name first, or -1.
        private readonly int[] _eastAsianFamily;

        public State(ComponentInput input)
        {
            _input = input;
            Groups = [.. input.Groups.OrderBy(g => g.Anchor, StringComparer.Ordinal)];
            _parent = [.. Enumerable.Range(0, Groups.Count)];
            _eastAsianFamily = [.. Groups.Select(g => g.Kind == EntityKind.Person ? g.Forms.Keys.Select(f => PersonNames.EastAsianFamilyIndex(f, g.Words)).DefaultIfEmpty(-1).Max() : -1)];
        }

        public List<NameGroup> Groups { get; }

        public int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }

            return x;
        }

        public IEnumerable<int> Members(int root) => Enumerable.Range(0, Groups.Count).Where(g => Find(g) == root);

        public void MergeNicknames()
        {
            for (var a = 0; a < Groups.Count; a++)
            {
                for (var b = a + 1; b < Groups.Count; b++)
                {
                    if (Groups[a].Kind == EntityKind.Person && Groups[b].Kind == EntityKind.Person && PersonNames.SameUpToShortForm(Groups[a].Words, Groups[b].Words))
                    {
                        Union(b, a, "nickname", Groups[a].Words[0] == Groups[b].Words[0]
                            ? $"'{Form(b)}' is '{Form(a)}': the names are romanised differently"
                            : $"'{Form(b)}' is '{Form(a)}': '{Groups[b].Words[0]}' and '{Groups[a].Words[0]}' are forms of one given name");
                    }
                    else if (Groups[a].Kind == EntityKind.Organization && Groups[b].Kind == EntityKind.Organization && CompanyForms.SameUpToLegalForm(Groups[a].Words, Groups[b].Words))
                    {
                        Union(b, a, "company-form", $"'{Form(b)}' is '{Form(a)}': the names differ only in how their legal form is written");
                    }
                    else if (Groups[a].Kind == EntityKind.Organization && Groups[b].Kind == EntityKind.Organization && BodyTranslations.AreTranslations(Groups[a].Words, Groups[b].Words))
                    {
                        Union(b, a, "translation", $"'{Form(b)}' is '{Form(a)}': one is the body's name in French, Hungarian, Polish or Greek, the other its English translation");
                    }
                    else if (Groups[a].Kind == EntityKind.Location && Groups[b].Kind == EntityKind.Location
                        && (PlaceNames.IsProvinceOf(Groups[a].Words, Groups[b].Words) || PlaceNames.IsProvinceOf(Groups[b].Words, Groups[a].Words)))
                    {
                        Union(b, a, "province", $"'{Form(b)}' is '{Form(a)}': a province is called by its name alone");
                    }
                }
            }
        }

        public void MergeTypos(SortedSet<string> missingContexts)
        {
            for (var a = 0; a < Groups.Count; a++)
            {
                for (var b = a + 1; b < Groups.Count; b++)
                {
                    var (one, other) = (Groups[a].Words, Groups[b].Words);
                    var dropped = Groups[a].Kind == EntityKind.Organization
                        && (CompanyForms.DropsOneInnerWord(one, other) || CompanyForms.DropsOneInnerWord(other, one)
                            || CompanyForms.DropsLeadingPlace(one, other) || CompanyForms.DropsLeadingPlace(other, one));
                    if (Groups[a].Kind != Groups[b].Kind || (!dropped && PersonNames.TypoWord(Groups[a].Words, Groups[b].Words, Groups[a].Kind) < 0))
                    {
                        continue;
                    }

                    if (!_input.Contexts.TryGetValue(Groups[a].Anchor, out var left) || !_input.Contexts.TryGetValue(Groups[b].Anchor, out var right))
                    {
                        missingContexts.Add(Groups[a].Anchor);
                        missingContexts.Add(Groups[b].Anchor);
                        continue;
                    }

                    // Everything else must agree: the type (above), and what the articles name around them.
                    var neighbours = left.Neighbours.Keys.Intersect(right.Neighbours.Keys, StringComparer.Ordinal).Count(k => k != Groups[a].Anchor && k != Groups[b].Anchor);
                    var sources = left.Sources.Keys.Intersect(right.Sources.Keys, StringComparer.Ordinal).Count();
                    if (neighbours + sources == 0)
                    {
                        continue;
                    }

                    var confidence = Math.Min(0.95, 0.6 + (0.1 * neighbours) + (0.05 * sources));
                    var (rare, common) = Groups[a].Drafts < Groups[b].Drafts || (Groups[a].Drafts == Groups[b].Drafts && string.CompareOrdinal(Groups[a].Anchor, Groups[b].Anchor) > 0) ? (a, b) : (b, a);
                    var difference = dropped ? "a word or two more or less" : "one letter different";
                    Union(rare, common, "typo", string.Create(CultureInfo.InvariantCulture, $"'{Form(rare)}' is '{Form(common)}' with {difference} (confidence {confidence:0.00}: same type, {neighbours} names and {sources} sources in common)"));
                }
            }
        }

        public void AttachShortForms()
        {
            // Until nothing changes: a join can leave a shorter name with one candidate where it had two.
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var p in ShortFormOrder())
                {
                    var candidates = Candidates(p);
                    if (candidates.Count != 1)
                    {
                        continue;
                    }

                    var target = candidates.Single();
                    var companyForm = IsCompanyForm(p, target);
                    var shared = companyForm ? null : SharedName(p, target);
                    var rule = companyForm ? "company-form" : shared is not null ? "shared-name" : AttachRule(p);
                    Union(p, target, rule, rule switch
                    {
                        "shared-name" => $"'{Form(p)}' and '{Form(target)}' were each given the other name '{shared}', a part of neither",
                        "acronym" => $"'{Form(p)}' is the acronym an article gave '{Form(target)}', the only entity it was given for",
                        "alias" => $"'{Form(p)}' is another name an article gave '{Form(target)}', the only entity it was given for",
                        "company-form" => $"'{Form(p)}' is '{Form(target)}' without the words that say its legal form or business, the only organisation it can be",
                        "surname" => string.Create(
                            CultureInfo.InvariantCulture,
                            $"'{Form(p)}', typed {GraphVocabulary.Label(Groups[p].Kind)} with confidence {Groups[p].AverageConfidence / 1000:0.00}, is the surname of '{Form(target)}', the only person in the graph whose name it can be"),
                        _ => $"'{Form(p)}' is a shorter form of '{Form(target)}', the only person in the graph whose name it can be",
                    });
                    changed = true;
                }
            }
        }

        public List<(int Group, List<int> Candidates, string? ContextOnly)> Ambiguous()
        {
            var ambiguous = new List<(int, List<int>, string?)>();

            // Each entity's vote once: a block can hold hundreds of people of one surname.
            var votesForAPerson = new Dictionary<int, bool>();
            foreach (var p in ShortFormOrder())
            {
                var candidates = Candidates(p);
                if (candidates.Count > 1)
                {
                    ambiguous.Add((p, candidates, null));
                }
                else if (candidates.Count == 0 && SurnameCandidates(p, votesForAPerson) is { Count: > 0 } people)
                {
                    ambiguous.Add((p, people, SurnameContext));
                }
                else if (candidates.Count == 0 && InitialsCandidates(p) is { Count: > 0 } bodies)
                {
                    ambiguous.Add((p, bodies, InitialsContext));
                }
            }

            return ambiguous;
        }

        public ComponentResolution Build(List<(int Group, List<int> Candidates, string? ContextOnly)> ambiguous)
        {
            var draftTargets = new Dictionary<(string, int), int>();
            var draftDecisions = new List<(DraftInGroup Draft, int Target, string Rule, string Detail)>();
            var ambiguousGroups = ambiguous.ToDictionary(a => a.Group, a => a.Candidates);
            var surnames = ambiguous.Where(a => a.ContextOnly == SurnameContext).Select(a => a.Group).ToHashSet();
            foreach (var (group, candidates, contextOnly) in ambiguous)
            {
                var roots = candidates.Select(Find).Distinct().Order().ToList();
                var contexts = roots.ToDictionary(r => r, r => Merge(Members(r).Select(m => _input.Contexts[Groups[m].Anchor])));
                // Per group, not per draft: an ambiguous surname can have thousands of drafts.
                var names = string.Join(" or ", roots.Select(r => $"'{Form(r)}'"));
                var forms = roots.ToDictionary(r => r, Form);
                // A surname or initials read by context only: the group's own entity is a reading too when its other
                // names are fuller ("Nagy" attached to Ferenc Nagy).
                var readings = roots.Append(Find(group)).Distinct().Select(r => Members(r).Select(m => Groups[m].Anchor).Where(a => a != Groups[group].Anchor).ToHashSet(StringComparer.Ordinal)).ToList();
                foreach (var draft in _input.Drafts[Groups[group].Anchor].OrderBy(d => d.ArticleId, StringComparer.Ordinal).ThenBy(d => d.Draft))
                {
                    // "Half the county is called Nagy" in an article that names both Eszter Nagy and Ferenc Nagy is neither:
                    // its own article, which knew both, did not make it one of them. (A name a rule made ambiguous, such as
                    // "El Hadji Diop" beside Khady Diop, still goes by the context's score.)
                    if (contextOnly is not null && readings.Count(r => draft.Context.Any(r.Contains)) > 1)
                    {
                        continue;
                    }

                    var (best, bestScore, second) = (-1, 0.0, 0.0);
                    foreach (var root in roots)
                    {
                        var score = Score(draft, contexts[root]);
                        if (best < 0 || score > bestScore)
                        {
                            (best, bestScore, second) = (root, score, best < 0 ? second : bestScore);
                        }
                        else if (score > second)
                        {
                            second = score;
                        }
                    }

                    if (contextOnly is not null && bestScore >= (contextOnly == SurnameContext ? SurnameContextMinimum : InitialsContextMinimum) && bestScore > second)
                    {
                        draftTargets[(draft.ArticleId, draft.Draft)] = best;
                        var reading = contextOnly == SurnameContext
                            ? $"typed {GraphVocabulary.Label(Groups[group].Kind)}, is the surname of {names}"
                            : $"an acronym no article defined, is the initials of {names}";
                        draftDecisions.Add((draft, best, contextOnly, string.Create(
                            CultureInfo.InvariantCulture,
                            $"'{FormOf(draft)}', {reading}; its article's other names and source point to '{forms[best]}' (score {bestScore:0.0} against {second:0.0})")));
                    }
                    else if (contextOnly is not null)
                    {
                        // Most drafts of such a name stay its own, and say nothing worth recording.
                        continue;
                    }
                    else if (bestScore > 0 && (roots.Count == 1 || bestScore > second))
                    {
                        draftTargets[(draft.ArticleId, draft.Draft)] = best;
                        draftDecisions.Add((draft, best, "context", string.Create(
                            CultureInfo.InvariantCulture,
                            $"'{FormOf(draft)}' could be {names}; its article's other names and source point to '{forms[best]}' (score {bestScore:0.0} against {second:0.0})")));
                    }
                    else
                    {
                        var rule = (roots.All(r => IsCompanyForm(group, r)) ? "company-form" : AttachRule(group)) + "-ambiguous";
                        draftDecisions.Add((draft, -1, rule, $"'{FormOf(draft)}' could be {names}, and its article does not say which: kept apart"));
                    }
                }
            }

            // Each cluster's names and votes: its groups', less the drafts context took elsewhere, plus those it received.
            var clusters = new SortedDictionary<int, EntityCluster>();
            EntityCluster ClusterOf(int root) => clusters.TryGetValue(root, out var c) ? c : clusters[root] = new EntityCluster(Groups[root].Anchor);
            for (var g = 0; g < Groups.Count; g++)
            {
                if (ambiguousGroups.ContainsKey(g))
                {
                    foreach (var draft in _input.Drafts[Groups[g].Anchor])
                    {
                        if (!draftTargets.TryGetValue((draft.ArticleId, draft.Draft), out var target))
                        {
                            Add(ClusterOf(Find(g)), draft.KindWeights, draft.Forms);
                        }
                        else if (surnames.Contains(g))
                        {
                            // A surname read as a body's: its votes are for the person, or two such drafts could outvote him.
                            Add(ClusterOf(target), new Dictionary<EntityKind, long> { [EntityKind.Person] = draft.KindWeights.Values.Sum() }, draft.Forms);
                        }
                        else
                        {
                            Add(ClusterOf(target), draft.KindWeights, draft.Forms);
                        }
                    }
                }
                else
                {
                    var cluster = ClusterOf(Find(g));
                    Add(cluster, Groups[g].KindWeights, Groups[g].Forms);

                    // An acronym the articles defined or used for the name is one of its names too (never an invented one).
                    cluster.Acronyms.UnionWith(Groups[g].Acronyms.Keys);
                }
            }

            var entities = new Dictionary<int, ResolvedEntity>();
            foreach (var (root, cluster) in clusters)
            {
                if (cluster.Forms.Count == 0)
                {
                    continue;
                }

                var kind = NameGroup.Vote(cluster.Kinds);
                var name = CanonicalName(cluster.Forms, kind);
                var aliases = cluster.Forms.Keys.Concat(cluster.Acronyms).Where(f => f != name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                entities[root] = new ResolvedEntity(EntityId.From(kind, name), kind, name, aliases, cluster.Key);
            }

            Disambiguate(entities);
            var groupEntities = new Dictionary<string, EntityId>(StringComparer.Ordinal);
            var decisions = new List<GroupDecision>();
            for (var g = 0; g < Groups.Count; g++)
            {
                // A group whose every draft went elsewhere by context has no entity of its own: name its first draft's.
                var moved = draftDecisions.FirstOrDefault(d => d.Draft.Anchor == Groups[g].Anchor && d.Target >= 0);
                if (!entities.TryGetValue(Find(g), out var entity) && (moved.Draft is null || !entities.TryGetValue(moved.Target, out entity)))
                {
                    continue;
                }

                groupEntities[Groups[g].Anchor] = entity.Id;
                decisions.Add(GroupDecisionOf(g, entity));
            }

            var draftEntities = new Dictionary<(string, int), EntityId>();
            foreach (var (draft, target, rule, detail) in draftDecisions)
            {
                var entity = target >= 0 ? entities[target] : entities[Find(Groups.FindIndex(x => x.Anchor == draft.Anchor))];
                if (target >= 0)
                {
                    draftEntities[(draft.ArticleId, draft.Draft)] = entity.Id;
                }

                decisions.Add(new GroupDecision(draft.Anchor, draft.ArticleId, draft.Draft, entity.Id, FormOf(draft), rule, detail));
            }

            return new ComponentResolution
            {
                Entities = [.. entities.Values.OrderBy(e => e.Id)],
                GroupEntities = groupEntities,
                DraftEntities = draftEntities,
                Decisions = decisions,
            };
        }

        private GroupDecision GroupDecisionOf(int g, ResolvedEntity entity)
        {
            var merge = _merges.FirstOrDefault(m => m.Group == g);
            if (merge.Rule is not null)
            {
                return new GroupDecision(Groups[g].Anchor, null, -1, entity.Id, Form(g), merge.Rule, merge.Detail);
            }

            var votes = string.Join(", ", Groups[g].KindWeights.Where(w => w.Value > 0).OrderByDescending(w => w.Value).ThenBy(w => w.Key)
                .Select(w => string.Create(CultureInfo.InvariantCulture, $"{GraphVocabulary.Label(w.Key)} {w.Value / 1000.0:0.00}")));
            return Groups[g].KindWeights.Count(w => w.Value > 0) > 1
                ? new GroupDecision(Groups[g].Anchor, null, -1, entity.Id, Form(g), "type-vote", $"'{Form(g)}' in {Groups[g].Drafts} article(s), typed {GraphVocabulary.Label(entity.Kind)} by the confidence of all its mentions ({votes})")
                : new GroupDecision(Groups[g].Anchor, null, -1, entity.Id, Form(g), "same-name", $"'{Form(g)}' in {Groups[g].Drafts} article(s)");
        }

        private static void Disambiguate(Dictionary<int, ResolvedEntity> entities)
        {
            // Two entities of one type and canonical name (rare: names that differ only in punctuation) keep apart: the
            // one with the smallest key keeps the plain id, the others add a suffix derived from their own key.
            foreach (var clash in entities.GroupBy(e => e.Value.Id).Where(g => g.Count() > 1).ToList())
            {
                foreach (var (root, entity) in clash.OrderBy(e => e.Value.Key, StringComparer.Ordinal).Skip(1))
                {
                    entities[root] = entity with { Id = new EntityId(entity.Id.Value + "-" + StableHash(entity.Key)) };
                }
            }
        }

        private static string StableHash(string text)
        {
            // FNV-1a: the same text gives the same suffix on every machine and in every run.
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }

            return hash.ToString("x8", CultureInfo.InvariantCulture);
        }

        private static double Score(DraftInGroup draft, GroupContext context)
        {
            // A draft's context holds each other name of its article once.
            var shared = 0;
            foreach (var anchor in draft.Context)
            {
                if (context.Neighbours.ContainsKey(anchor))
                {
                    shared++;
                }
            }

            return shared + (draft.Source is { } source && context.Sources.ContainsKey(source) ? SourceWeight : 0);
        }

        private static GroupContext Merge(IEnumerable<GroupContext> contexts)
        {
            var neighbours = new Dictionary<string, int>(StringComparer.Ordinal);
            var sources = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var context in contexts)
            {
                foreach (var (anchor, count) in context.Neighbours)
                {
                    neighbours[anchor] = neighbours.GetValueOrDefault(anchor) + count;
                }

                foreach (var (source, count) in context.Sources)
                {
                    sources[source] = sources.GetValueOrDefault(source) + count;
                }
            }

            return new GroupContext(neighbours, sources);
        }

        private static void Add(EntityCluster cluster, IReadOnlyDictionary<EntityKind, long> kinds, IReadOnlyDictionary<string, int> forms)
        {
            foreach (var (kind, weight) in kinds)
            {
                cluster.Kinds[kind] = cluster.Kinds.GetValueOrDefault(kind) + weight;
            }

            foreach (var (form, count) in forms)
            {
                cluster.Forms[form] = cluster.Forms.GetValueOrDefault(form) + count;
            }
        }

        private IEnumerable<int> ShortFormOrder() =>
            Enumerable.Range(0, Groups.Count).OrderByDescending(g => Groups[g].Words.Count).ThenBy(g => Groups[g].Anchor, StringComparer.Ordinal);

        private List<int> Candidates(int p)
        {
            var own = Find(p);
            var candidates = new SortedSet<int>();
            var group = Groups[p];
            if (group.Kind == EntityKind.Person)
            {
                // "R.O. Akanbi": initials are read only where they were written with their periods.
                var initials = group.Words.Count == 2 && group.Forms.Keys.Any(f => f.Contains('.', StringComparison.Ordinal));
                for (var q = 0; q < Groups.Count; q++)
                {
                    // "Chen" is "Chen Chih-wei", never "Wang Yu-chen": a Chinese name's short form is its family name.
                    if (Groups[q].Kind == EntityKind.Person && Find(q) != own
                        && (_eastAsianFamily[q] >= 0
                            ? PersonNames.IsEastAsianShortForm(group.Words, Groups[q].Words, _eastAsianFamily[q])
                            : PersonNames.IsShorterForm(group.Words, Groups[q].Words) || (initials && PersonNames.IsInitialsForm(group.Words, Groups[q].Words))
                                || IsAddressedByGivenName(group.Words, Groups[q].Words) || IsEthiopianGivenName(group.Words, Groups[q].Words)))
                    {
                        candidates.Add(Find(q));
                    }
                }

                // "Alemu" where the block holds Alemu Tesfaye and his son Dawit Alemu: the given name, not the father's,
                // whether or not the name has joined its person already.
                if (group.Words.Count == 1 && EthiopianNames.IsNameKey(group.Words[0])
                    && Groups.Any(g => g.Kind == EntityKind.Person && IsEthiopianGivenName(group.Words, g.Words)))
                {
                    candidates.RemoveWhere(c => EthiopianNames.IsFullNameKey(Groups[c].Words) && Groups[c].Words[0] != group.Words[0]);
                }
            }
            else if (NameGroup.IsUncertainSurname(group))
            {
                // "Sandhu said ..." in a story that names him only so, read as a body's name with little confidence:
                // the surname of the one person in the block whose name it ends, when that person's own mentions
                // outweigh it (so the vote keeps the person a person), and the person's whole entity is one ("Hadd Coastal",
                // read as a person's in a story that made it the company's short form, makes no surname of "Coastal").
                for (var q = 0; q < Groups.Count; q++)
                {
                    if (Groups[q].Kind == EntityKind.Person && Find(q) != own && PersonNames.IsShorterForm(group.Words, Groups[q].Words)
                        && Groups[q].KindWeights.GetValueOrDefault(EntityKind.Person) > group.KindWeights.Values.Sum()
                        && VotesForAPerson(Find(q)))
                    {
                        candidates.Add(Find(q));
                    }
                }
            }

            if (group.Kind == EntityKind.Organization && !IsAcronymGroup(p))
            {
                // "Norvance" in one story, "Norvance Bio" in another: the one company whose name only adds designators.
                for (var q = 0; q < Groups.Count; q++)
                {
                    if (Groups[q].Kind == EntityKind.Organization && Find(q) != own && IsCompanyFormOf(group, Groups[q]))
                    {
                        candidates.Add(Find(q));
                    }
                }
            }

            if (IsAcronymGroup(p))
            {
                var acronym = Acronym(p);
                for (var q = 0; q < Groups.Count; q++)
                {
                    if (Groups[q].Kind != EntityKind.Person && Find(q) != own && Groups[q].Acronyms.ContainsKey(acronym))
                    {
                        candidates.Add(Find(q));
                    }
                }
            }
            else
            {
                // Another name an article gave an entity is that entity's: of the same type always, of another type
                // when the articles wrote it for that entity at least as often as on its own (one article's slip
                // never drags a place's every mention to a person), but a place never becomes a person that way: a
                // surname that is also a place's ("Paris" for Valeska Paris) is told apart by its article's context,
                // which another article does not have.
                for (var q = 0; q < Groups.Count; q++)
                {
                    if (Find(q) != own
                        && Groups[q].FormAnchors.TryGetValue(group.Anchor, out var written)
                        && (Groups[q].Kind == group.Kind
                            || (written >= group.Mentions && !(group.Kind == EntityKind.Location && Groups[q].Kind == EntityKind.Person))))
                    {
                        candidates.Add(Find(q));
                    }
                }
            }

            if (group.Kind == EntityKind.Organization)
            {
                // "Semas", given in one story to the "Secretaria de Estado de Meio Ambiente e Sustentabilidade" and in
                // another to its English name, the "Environment and Sustainability Secretariat": two bodies' names given
                // one other name that is a part of neither are one body's, in two languages.
                for (var q = 0; q < Groups.Count; q++)
                {
                    if (Groups[q].Kind == EntityKind.Organization && Find(q) != own && SharedOtherName(group, Groups[q]) is not null)
                    {
                        candidates.Add(Find(q));
                    }
                }
            }

            return [.. candidates];
        }

        // The other name two groups were each given that is no part of either's name ("semas"), or null. An acronym is
        // not one: "PSD" stands for many bodies, and the acronym rules weigh its stories' context.
        private static string? SharedOtherName(NameGroup one, NameGroup other)
        {
            foreach (var form in one.FormAnchors.Keys)
            {
                if (other.FormAnchors.ContainsKey(form) && form != other.Anchor
                    && NameAnchor.WordsOf(form) is var words && !words.All(one.Words.Contains) && !words.All(other.Words.Contains)
                    && one.Forms.Keys.Any(f => f.Any(char.IsLower) && NameAnchor.Of(f, one.Kind) == form))
                {
                    return form;
                }
            }

            return null;
        }

        // The other name a group shares with a member of the entity at root, where the group's own name is not one the
        // entity was given (which makes it an alias).
        private string? SharedName(int p, int root)
        {
            if (Members(root).Any(q => Groups[q].FormAnchors.ContainsKey(Groups[p].Anchor)))
            {
                return null;
            }

            return Members(root).Select(q => SharedOtherName(Groups[p], Groups[q])).FirstOrDefault(f => f is not null);
        }

        // "dawit" of "dawit alemu": an Ethiopian is called by the given name, the first of the name's.
        private static bool IsEthiopianGivenName(IReadOnlyList<string> address, IReadOnlyList<string> fuller) =>
            address.Count == 1 && EthiopianNames.IsFullNameKey(fuller) && fuller[0] == address[0];

        // "hüseyin bey" of "hüseyin cahit öztürk": a given name and a title of address after it stand for the person of
        // that given name (and a surname).
        private static bool IsAddressedByGivenName(IReadOnlyList<string> address, IReadOnlyList<string> fuller) =>
            PersonNames.IsGivenNameAddress(address) && fuller.Count >= 2 && fuller[0] == address[0] && !PersonNames.IsGivenNameAddress(fuller);

        private List<int> SurnameCandidates(int p, Dictionary<int, bool> votesForAPerson)
        {
            // Only where no other rule found a candidate: a body's own short forms and acronyms come first, and an
            // uncertain surname joins its person outright when his mentions outweigh it.
            var group = Groups[p];
            if (!NameGroup.IsOneWordBody(group))
            {
                return [];
            }

            // The person's whole entity must vote for a person: a person's name the recogniser made of a body's
            // ("Teifi Valley Health Board" read once as a person's) makes no surname of the body's last word.
            var own = Find(p);
            var people = new SortedSet<int>();
            for (var q = 0; q < Groups.Count; q++)
            {
                if (Groups[q].Kind == EntityKind.Person && Find(q) != own && PersonNames.IsShorterForm(group.Words, Groups[q].Words)
                    && (votesForAPerson.TryGetValue(Find(q), out var votes) ? votes : votesForAPerson[Find(q)] = VotesForAPerson(Find(q))))
                {
                    people.Add(Find(q));
                }
            }

            return [.. people];
        }

        private List<int> InitialsCandidates(int p)
        {
            // Only where no article defined the acronym for anything in the block: a defined one goes by its definition.
            // Two letters match no body's initials (NameKeys.Initials gives three or more).
            var acronym = IsAcronymGroup(p) ? Acronym(p).ToLowerInvariant() : string.Empty;
            if (acronym.Length == 0)
            {
                return [];
            }

            var own = Find(p);
            var bodies = new SortedSet<int>();
            for (var q = 0; q < Groups.Count; q++)
            {
                if (Groups[q].Kind != EntityKind.Person && Find(q) != own && Groups[q].Forms.Keys.Any(f => NameKeys.Initials(f) == acronym))
                {
                    bodies.Add(Find(q));
                }
            }

            return [.. bodies];
        }

        private bool VotesForAPerson(int root)
        {
            var weights = new Dictionary<EntityKind, long>();
            foreach (var member in Members(root))
            {
                foreach (var (kind, weight) in Groups[member].KindWeights)
                {
                    weights[kind] = weights.GetValueOrDefault(kind) + weight;
                }
            }

            return NameGroup.Vote(weights) == EntityKind.Person;
        }

        // "Norvance" of "Norvance Bio"; "Hadd Coastal Water Co" of the company another story wrote "Hadd Coastal Water
        // Company" (and "… Company SAOG"): its stem, or one of its forms with the legal form abbreviated.
        private static bool IsCompanyFormOf(NameGroup shorter, NameGroup company) =>
            CompanyForms.IsStemOf(shorter.Words, company.Words)
            || CompanyForms.WithHeadLast(company.Words) == shorter.Anchor
            || company.FormAnchors.Keys.Any(f => CompanyForms.SameUpToLegalForm(shorter.Words, NameAnchor.WordsOf(f)));

        private bool IsCompanyForm(int p, int root) =>
            Groups[p].Kind == EntityKind.Organization
            && Members(root).Any(q => Groups[q].Kind == EntityKind.Organization && IsCompanyFormOf(Groups[p], Groups[q]))
            && !Members(root).Any(q => Groups[q].FormAnchors.ContainsKey(Groups[p].Anchor));

        private string AttachRule(int p) =>
            IsAcronymGroup(p) ? "acronym" : Groups[p].Kind == EntityKind.Person ? "short-form" : NameGroup.IsUncertainSurname(Groups[p]) ? "surname" : "alias";

        private bool IsAcronymGroup(int g) => Groups[g].Words.Count == 1 && Groups[g].Forms.Count > 0 && Groups[g].Forms.Keys.All(NameKeys.IsAcronym);

        private string Acronym(int g) => new([.. Groups[g].Forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key.Where(char.IsLetterOrDigit)]);

        private string Form(int g) => CanonicalName(Groups[g].Forms, Groups[g].Kind) is { Length: > 0 } name ? name : Groups[g].Anchor;

        private static string FormOf(DraftInGroup draft) => CanonicalName(draft.Forms, NameGroup.Vote(draft.KindWeights)) is { Length: > 0 } name ? name : draft.Anchor;

        private void Union(int from, int into, string rule, string detail)
        {
            var a = Find(from);
            var b = Find(into);
            if (a == b)
            {
                return;
            }

            // The smaller index (the smaller anchor) stays the root, whichever order the rules met them in.
            _parent[Math.Max(a, b)] = Math.Min(a, b);
            _merges.Add((from, rule, detail, into));
        }
    }
}
