using GraphBuilder.Nlp.Training.Corpora;

namespace GraphBuilder.Nlp.Training.Tests.Corpora;

public sealed class GumReaderTests
{
    // Written for the tests: a headline paragraph, then a paragraph of two sentences with a nested one-word mention,
    // an identity, a pronoun of the same chain and a multiword token.
    private const string Document = """
        # newdoc id = test_bridge
        # global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity
        # meta::title = Mayor opens bridge
        # meta::sourceURL = https://example.org/bridge
        # newpar
        # newpar_block = head (1 s)
        # sent_id = test_bridge-1
        # text = Mayor opens bridge
        1	Mayor	mayor	NOUN	NN	_	2	nsubj	_	Entity=(3-person-new-sssss-cf1-1-sgl)
        2	opens	open	VERB	VBZ	_	0	root	_	_
        3	bridge	bridge	NOUN	NN	_	2	obj	_	Entity=(4-object-new-sssss-cf2-1-sgl)

        # newpar
        # sent_id = test_bridge-2
        # text = Ana Lopez of Oakland spoke.
        1	Ana	Ana	PROPN	NNP	_	2	compound	_	Entity=(1-person-new-sssss-cf1-1,2-coref-Ana_Lopez
        2	Lopez	Lopez	PROPN	NNP	_	5	nsubj	_	_
        3	of	of	ADP	IN	_	4	case	_	_
        4	Oakland	Oakland	PROPN	NNP	_	2	nmod	_	Entity=(2-place-new-sssss-cf2-1-sgl-Oakland%2C_California)1)
        5	spoke	speak	VERB	VBD	_	0	root	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	5	punct	_	_

        # sent_id = test_bridge-3
        # text = She didn't wait.
        1	She	she	PRON	PRP	_	4	nsubj	_	Entity=(1-person-giv:act-sssss-cf1-1-coref-Ana_Lopez)
        2-3	didn't	_	_	_	_	_	_	_	_
        2	did	do	AUX	VBD	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	wait	wait	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        """;

    [Fact]
    public void Read_Paragraphs_RebuildsTheTextWithTheHeadlineFirst()
    {
        var document = Read(Document).ShouldHaveSingleItem();

        document.Id.ShouldBe("test_bridge");
        document.Text.ShouldBe("Mayor opens bridge\n\nAna Lopez of Oakland spoke. She didn't wait.");
        document.Title.ShouldBe("Mayor opens bridge");
        document.SourceUrl.ShouldBe("https://example.org/bridge");
        document.Words[0].Paragraph.ShouldBe(0);
        document.Words.Single(w => w.Form == "Ana").Paragraph.ShouldBe(1);
        document.Words.Single(w => w.Form == "She").Sentence.ShouldBe(2);
    }

    [Fact]
    public void Read_EveryWord_HasTheOffsetsOfItsForm()
    {
        var document = Read(Document).Single();

        document.Words.Select(w => document.Text.Substring(w.Start, w.End - w.Start)).ShouldBe(document.Words.Select(w => w.Form));
    }

    [Fact]
    public void Read_MultiwordToken_SplitsItsCharactersBetweenItsWords()
    {
        var document = Read(Document).Single();

        var did = document.Words.Single(w => w.Form == "did");
        var not = document.Words.Single(w => w.Form == "n't");
        (did.End - did.Start).ShouldBe(3);
        not.Start.ShouldBe(did.End);
        document.Text[did.Start..not.End].ShouldBe("didn't");
    }

    [Fact]
    public void Read_NestedAndOneWordMentions_GivesBothWithTheirSpans()
    {
        var document = Read(Document).Single();

        var person = document.Mentions.First(m => m.Entity == "1");
        var place = document.Mentions.Single(m => m.Entity == "2");
        document.TextOf(person).ShouldBe("Ana Lopez of Oakland");
        document.TextOf(place).ShouldBe("Oakland");
        place.FirstWord.ShouldBe(place.LastWord);
        document.Mentions.Select(document.TextOf).ShouldBe(["Mayor", "bridge", "Ana Lopez of Oakland", "Oakland", "She"]);
    }

    [Fact]
    public void Read_EntityMark_KeepsTypeIdentityAndChain()
    {
        var document = Read(Document).Single();

        var place = document.Mentions.Single(m => m.Entity == "2");
        place.Type.ShouldBe("place");
        place.Identity.ShouldBe("Oakland%2C_California");
        document.Mentions.Where(m => m.Entity == "1").Select(m => m.Identity).ShouldBe(["Ana_Lopez", "Ana_Lopez"]);
        document.Mentions.Single(m => m.Entity == "3").Identity.ShouldBeNull();
    }

    [Fact]
    public void Read_Mention_HeadIsItsWordAttachedOutside()
    {
        var document = Read(Document).Single();

        var person = document.Mentions.First(m => m.Entity == "1");
        document.Words[person.HeadWord].Form.ShouldBe("Lopez");
        document.Words[document.Mentions.Single(m => m.Entity == "2").HeadWord].Form.ShouldBe("Oakland");
    }

    [Fact]
    public void Read_TwoDocuments_ReadsEachWithItsOwnWords()
    {
        var second = Document.Replace("test_bridge", "test_other", StringComparison.Ordinal);

        var documents = Read(Document + second);

        documents.Select(d => d.Id).ShouldBe(["test_bridge", "test_other"]);
        documents[1].Text.ShouldBe(documents[0].Text);
        documents[1].Mentions[0].FirstWord.ShouldBe(0);
    }

    [Fact]
    public void Read_NewdocWithoutId_StartsADocumentNamedAfterTheSource()
    {
        var second = Document.Replace("# newdoc id = test_bridge", "# newdoc", StringComparison.Ordinal);

        var documents = Read(Document + second);

        documents.Select(d => d.Id).ShouldBe(["test_bridge", "test#2"]);
    }

    [Fact]
    public void Read_MentionNeverClosed_Throws()
    {
        var broken = Document.Replace("Entity=(2-place-new-sssss-cf2-1-sgl-Oakland%2C_California)1)", "Entity=(2-place-new-sssss-cf2-1-sgl-Oakland%2C_California)", StringComparison.Ordinal);

        Should.Throw<FormatException>(() => Read(broken)).Message.ShouldContain("entity 1");
    }

    private static IReadOnlyList<GumDocument> Read(string text) => GumReader.Read(new StringReader(text), "test");
}
