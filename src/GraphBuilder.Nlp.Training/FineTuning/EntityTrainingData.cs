using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Learning;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Entities;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// The training material of the entity recogniser as <see cref="EntityTrainer"/> builds it: types, the gazetteer of
/// training names (each document excluded from its own look-ups), the lexicon, each document's context and gold
/// BILOU labels, and how often each feature bucket occurs with gold history (buckets seen once are dropped).
/// </summary>
internal sealed class EntityTrainingData
{
    private EntityTrainingData(string[] types, Gazetteer gazetteer, EntityLexicon lexicon, (string Text, TextSpan[] Spans, (int Start, int Count)[] Sentences)[] layouts, (EntityContext Context, int[] Gold)[] examples, byte[] seen)
    {
        Types = types;
        Gazetteer = gazetteer;
        Lexicon = lexicon;
        Layouts = layouts;
        Examples = examples;
        Seen = seen;
    }

    public string[] Types { get; }

    public int Labels => BilouLabels.Count(Types.Length);

    public Gazetteer Gazetteer { get; }

    public EntityLexicon Lexicon { get; }

    public (string Text, TextSpan[] Spans, (int Start, int Count)[] Sentences)[] Layouts { get; }

    public (EntityContext Context, int[] Gold)[] Examples { get; }

    public byte[] Seen { get; }

    public static EntityTrainingData Build(IReadOnlyList<ConllDocument> train, bool useLexicon, int bits = 21)
    {
        var types = train.SelectMany(d => d.Sentences).SelectMany(s => s.Tags).Where(t => t.Length > 2)
            .Select(t => t[2..]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var labels = BilouLabels.Count(types.Length);
        var layouts = train.Select(ConllText.Build).ToArray();
        var ownNames = new HashSet<(ulong, int)>[train.Count];
        var documents = new Dictionary<ulong, int[]>();
        var prefixes = new HashSet<ulong>();
        for (var d = 0; d < train.Count; d++)
        {
            ownNames[d] = EntityTrainer.Names(train[d], layouts[d], types, prefixes);
            foreach (var (key, type) in ownNames[d])
            {
                if (!documents.TryGetValue(key, out var counts))
                {
                    counts = new int[types.Length];
                    documents[key] = counts;
                }

                counts[type]++;
            }
        }

        foreach (var prefix in prefixes)
        {
            documents.TryAdd(prefix, new int[types.Length]);
        }

        var gazetteer = new Gazetteer(types.Length, documents);
        var lexicon = useLexicon ? EntityLexicon.FromResources(types) : EntityLexicon.Empty;
        var examples = new (EntityContext Context, int[] Gold)[train.Count];
        for (var d = 0; d < train.Count; d++)
        {
            var (text, spans, sentences) = layouts[d];
            var gold = train[d].Sentences.SelectMany(s => BilouLabels.FromIob2(s.Tags, types)).ToArray();
            examples[d] = (new EntityContext(text, spans, sentences, gazetteer, ownNames[d], lexicon), gold);
        }

        var features = new FeatureBuffer(bits);
        var seen = new byte[1 << bits];
        foreach (var (context, gold) in examples)
        {
            context.History.Clear();
            foreach (var (start, count) in context.Sentences)
            {
                for (var i = start; i < start + count; i++)
                {
                    EntityFeatures.Extract(context, start, start + count, i, i > start ? gold[i - 1] : -1, i > start + 1 ? gold[i - 2] : -1, features);
                    context.Remember(i, gold[i], labels);
                    foreach (var b in features.Buckets)
                    {
                        if (seen[b] < 255)
                        {
                            seen[b]++;
                        }
                    }
                }
            }
        }

        return new EntityTrainingData(types, gazetteer, lexicon, layouts, examples, seen);
    }
}
