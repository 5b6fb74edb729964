using GraphBuilder.Graph.Similarity;

namespace GraphBuilder.Graph.Tests.Similarity;

public sealed class MinHashTests
{
    private const string Story = "The National Energy Agency said on Thursday it would hold two public hearings on the gas terminal Northwind Energy wants to build in Harbor City. Agency director Samuel Okafor said the hearings would take place in Harbor City and Port Elena in May, and that residents could also send written comments until the end of June. Senator Maria Alvarez, who had called for the hearings, said the decision was a victory for residents who had felt ignored. Northwind Energy said it would take part in both hearings and publish its environmental study before the first of them. The agency is expected to rule on the permit in the autumn.";

    [Fact]
    public void Compute_SameTextOtherCaseAndSpacing_GivesTheSameSignature()
    {
        MinHash.Compute(Story.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal)).ShouldBe(MinHash.Compute(Story));
    }

    [Fact]
    public void Similarity_SyndicatedCopy_IsHigh()
    {
        var copy = "Agency sets hearings on terminal\n\nPORT ELENA (Coastal Wire) - " + Story.Replace("two public", "2 public", StringComparison.Ordinal);

        MinHash.Similarity(MinHash.Compute(Story), MinHash.Compute(copy)).ShouldBeGreaterThan(0.7);
    }

    [Fact]
    public void Similarity_OtherStoryOnTheSameSubject_IsLow()
    {
        const string Other = "Northwind Energy chief executive Tomas Reyes met Governor Helen Park in Harbor City on Monday to discuss the company's planned gas terminal. Park said after the meeting that she supported public hearings on the project, and Reyes told reporters that Northwind would answer every question the National Energy Agency put to it.";

        MinHash.Similarity(MinHash.Compute(Story), MinHash.Compute(Other)).ShouldBeLessThan(0.3);
    }

    [Fact]
    public void Band_SameSignature_GivesTheSameKeys()
    {
        var signature = MinHash.Compute(Story);

        Enumerable.Range(0, MinHash.Bands).Select(b => MinHash.Band(signature, b)).Distinct().Count().ShouldBe(MinHash.Bands);
        MinHash.Band(MinHash.Compute(Story), 3).ShouldBe(MinHash.Band(signature, 3));
    }
}
