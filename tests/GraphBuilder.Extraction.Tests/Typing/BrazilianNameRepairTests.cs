using GraphBuilder.Extraction.Typing;
using GraphBuilder.Graph.Model;
using GraphBuilder.Testing.Builders;

namespace GraphBuilder.Extraction.Tests.Typing;

/// <summary>
/// The repairs <see cref="EntityTypeRefiner"/> makes to Brazilian names, given the readings the recogniser gave the
/// amazonia-santarem cluster's stories (which a short text does not always reproduce).
/// </summary>
public sealed class BrazilianNameRepairTests
{
    [Theory]
    [InlineData("Santos Junior")]
    [InlineData("Maranhao Neto")]
    [InlineData("Almeida Filho")]
    public void Process_SurnamesEndingInASonsMarkReadAsABody_AreAPerson(string name)
    {
        var document = new DocumentBuilder($"\"I am not leaving because I am tired,\" {name} told the Ledger on Sunday.")
            .Entity(name, EntityKind.Organization)
            .Build();

        new EntityTypeRefiner().Process(document);

        document.Entities.ShouldHaveSingleItem().Kind.ShouldBe(EntityKind.Person);
    }

    [Theory]
    [InlineData("Hospital Neto")]
    [InlineData("Museum Junior")]
    public void Process_BodysNameEndingInASonsMark_StaysABody(string name)
    {
        var document = new DocumentBuilder($"The loan from {name} was approved on Sunday.")
            .Entity(name, EntityKind.Organization)
            .Build();

        new EntityTypeRefiner().Process(document);

        document.Entities.ShouldHaveSingleItem().Kind.ShouldBe(EntityKind.Organization);
    }

    [Fact]
    public void Process_PortugueseBodysNameWithAnd_StaysWhole()
    {
        var document = new DocumentBuilder("He had worked at the Secretaria de Estado de Meio Ambiente e Sustentabilidade for 22 years.")
            .Entity("Secretaria de Estado de Meio Ambiente e Sustentabilidade", EntityKind.Organization)
            .Build();

        new EntityTypeRefiner().Process(document);

        document.Slice(document.Entities.ShouldHaveSingleItem().Span).ShouldBe("Secretaria de Estado de Meio Ambiente e Sustentabilidade");
    }

    [Fact]
    public void Process_EnglishNameWithAndInIt_IsStillCutAtALowerCaseWord()
    {
        // Only a Spanish or Portuguese body's head keeps "e" inside its name; an English name run on over a verb is cut.
        var document = new DocumentBuilder("Northwind Energy e said it would appeal.")
            .Entity("Northwind Energy e said", EntityKind.Organization)
            .Build();

        new EntityTypeRefiner().Process(document);

        document.Entities.ShouldContain(e => document.Slice(e.Span) == "Northwind Energy");
    }

    [Fact]
    public void Process_BodyNamedForTwoPluralsReadAsTwo_IsOneBody()
    {
        var document = new DocumentBuilder("Maria das Graças Ferreira da Silva, president of the Tracuazal Residents' and Fishers' Association, spoke.")
            .Entity("Maria das Graças Ferreira da Silva", EntityKind.Person)
            .Entity("Tracuazal Residents", EntityKind.Organization)
            .Entity("Fishers", EntityKind.Organization)
            .Build();

        new EntityTypeRefiner().Process(document);

        document.Entities.ShouldContain(e => document.Slice(e.Span) == "Tracuazal Residents' and Fishers' Association" && e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void Process_TwoBodiesWithPossessivesInAList_StayTwo()
    {
        var document = new DocumentBuilder("The Teachers' and Nurses' unions met the Drivers' Union on Monday.")
            .Entity("Teachers", EntityKind.Organization)
            .Entity("Drivers' Union", EntityKind.Organization)
            .Build();

        new EntityTypeRefiner().Process(document);

        document.Entities.Count.ShouldBe(2);
    }
}
