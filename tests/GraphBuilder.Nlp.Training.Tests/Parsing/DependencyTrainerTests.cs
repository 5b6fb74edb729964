using GraphBuilder.Nlp.Parsing;
using GraphBuilder.Nlp.Training.Corpora;
using GraphBuilder.Nlp.Training.Learning;
using GraphBuilder.Nlp.Training.Parsing;

namespace GraphBuilder.Nlp.Training.Tests.Parsing;

public sealed class DependencyTrainerTests
{
    private const string Treebank = """
        # newdoc id = t1
        # text = The council approved the plan.
        1	The	the	DET	DT	_	2	det	_	_
        2	council	council	NOUN	NN	_	3	nsubj	_	_
        3	approved	approve	VERB	VBD	_	0	root	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	plan	plan	NOUN	NN	_	3	obj	_	_
        6	.	.	PUNCT	.	_	3	punct	_	_

        # text = Officials said the vote was close.
        1	Officials	official	NOUN	NNS	_	2	nsubj	_	_
        2	said	say	VERB	VBD	_	0	root	_	_
        3	the	the	DET	DT	_	4	det	_	_
        4	vote	vote	NOUN	NN	_	6	nsubj	_	_
        5	was	be	AUX	VBD	_	6	cop	_	_
        6	close	close	ADJ	JJ	_	2	ccomp	_	_
        7	.	.	PUNCT	.	_	2	punct	_	_

        # text = Lopez won in Texas.
        1	Lopez	Lopez	PROPN	NNP	_	2	nsubj	_	_
        2	won	win	VERB	VBD	_	0	root	_	_
        3	in	in	ADP	IN	_	4	case	_	_
        4	Texas	Texas	PROPN	NNP	_	2	obl	_	_
        5	.	.	PUNCT	.	_	2	punct	_	_

        # text = The mayor didn't sign the bill.
        1	The	the	DET	DT	_	2	det	_	_
        2	mayor	mayor	NOUN	NN	_	5	nsubj	_	_
        3-4	didn't	_	_	_	_	_	_	_	_
        3	did	do	AUX	VBD	_	5	aux	_	_
        4	n't	not	PART	RB	_	5	advmod	_	_
        4.1	signed	sign	VERB	VBD	_	_	_	5:conj	_
        5	sign	sign	VERB	VB	_	0	root	_	_
        6	the	the	DET	DT	_	7	det	_	_
        7	bill	bill	NOUN	NN	_	5	obj	_	_
        8	.	.	PUNCT	.	_	5	punct	_	_

        """;

    private static readonly TrainingSettings Tiny = new() { Seed = 3, Epochs = 10, Bits = 14 };

    [Fact]
    public void Read_MultiwordTokenAndEmptyNode_KeepsSyntacticWordsWithZeroBasedHeads()
    {
        var sentence = Read()[3];

        sentence.Forms.ShouldBe(["The", "mayor", "did", "n't", "sign", "the", "bill", "."]);
        sentence.Heads.ShouldBe([1, 4, 4, 4, -1, 6, 4, 4]);
        sentence.Relations[2].ShouldBe("aux");
    }

    [Fact]
    public void Train_HandWrittenTreebank_ParsesItsSentencesBack()
    {
        var sentences = Read();

        var parser = new DependencyParser(DependencyTrainer.Train(sentences, dev: null, Tiny));

        foreach (var sentence in sentences)
        {
            var arcs = parser.Parse(sentence.Forms, sentence.UniversalTags);
            arcs.Select(a => a.Head).ShouldBe(sentence.Heads);
            arcs.Select(a => a.Label).ShouldBe(sentence.Relations);
        }
    }

    [Fact]
    public void Train_SameSeedTwice_WritesIdenticalModels()
    {
        var sentences = Read();

        var first = Save(DependencyTrainer.Train(sentences, sentences, Tiny));
        var second = Save(DependencyTrainer.Train(sentences, sentences, Tiny));

        second.ShouldBe(first);
    }

    [Fact]
    public void Load_SavedModel_ParsesIdentically()
    {
        var sentences = Read();
        var model = DependencyTrainer.Train(sentences, dev: null, Tiny);

        using var stream = new MemoryStream(Save(model));
        var loaded = DependencyModel.Load(stream);

        var words = sentences[1].Forms;
        new DependencyParser(loaded).Parse(words, sentences[1].UniversalTags)
            .ShouldBe(new DependencyParser(model).Parse(words, sentences[1].UniversalTags));
    }

    [Fact]
    public void Score_PerfectAndWrongArcs_CountsPunctuationAndIgnoresSubtypesInLas()
    {
        var gold = Read()[2];
        var scorer = new DependencyScorer();

        scorer.Add(gold, [new(1, "nsubj:pass"), new(-1, "root"), new(3, "case"), new(1, "obj"), new(3, "punct")]);

        var score = scorer.Overall;
        score.Words.ShouldBe(5);
        score.Uas.ShouldBe(80);
        score.Las.ShouldBe(60);
        score.FullLas.ShouldBe(40);
        score.LabelAccuracy.ShouldBe(80);
    }

    private static IReadOnlyList<ConlluSentence> Read()
    {
        using var reader = new StringReader(Treebank);
        return ConlluReader.Read(reader, "treebank");
    }

    private static byte[] Save(DependencyModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
