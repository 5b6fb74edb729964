using GraphBuilder.Nlp.Entities;
using GraphBuilder.Nlp.Pipeline;
using GraphBuilder.Nlp.Sentences;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Temporal;
using GraphBuilder.Nlp.Tokenization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Nlp.Tests;

public sealed class NlpServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddNlp();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddNlp_Resolved_BuildsStagesInOrder()
    {
        using var provider = Build(new() { ["GraphBuilder:Nlp:Profile"] = "fast", ["GraphBuilder:Nlp:Parse"] = "true" });

        var pipeline = provider.GetRequiredService<NlpPipeline>();

        pipeline.Stages.Select(s => s.GetType()).ShouldBe(
            [typeof(Tokenizer), typeof(SentenceSplitter), typeof(Nlp.Layout.NewsLayoutRecognizer), typeof(PartOfSpeechTagger), typeof(Nlp.Parsing.DependencyParser), typeof(EntityRecognizer), typeof(DateRecognizer)]);
        provider.GetRequiredService<NlpPipeline>().ShouldBeSameAs(pipeline);
    }

    [Theory]
    [InlineData("fast", false)]
    [InlineData("accurate", true)]
    public void AddNlp_ParseUnset_ParsesOnlyInTheAccurateProfile(string profile, bool parses)
    {
        using var provider = Build(new() { ["GraphBuilder:Nlp:Profile"] = profile });

        var pipeline = provider.GetRequiredService<NlpPipeline>();

        pipeline.Stages.Any(s => s is Nlp.Parsing.DependencyParser).ShouldBe(parses);
    }

    [Fact]
    public void AddNlp_PipelineAlreadyRegistered_KeepsIt()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        var own = new NlpPipeline([new Tokenizer()]);
        services.AddSingleton(own);

        services.AddNlp();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<NlpPipeline>().ShouldBeSameAs(own);
    }

    [Fact]
    public void AddNlp_NoConfiguration_DefaultsToAccurate()
    {
        using var provider = Build([]);

        var options = provider.GetRequiredService<IOptions<NlpOptions>>().Value;

        options.Profile.ShouldBe(NlpProfile.Accurate);
    }

    [Fact]
    public void AddNlp_UnknownProfile_FailsNamingTheSetting()
    {
        using var provider = Build(new() { ["GraphBuilder:Nlp:Profile"] = "turbo" });

        var exception = Should.Throw<InvalidOperationException>(() => provider.GetRequiredService<IOptions<NlpOptions>>().Value);

        exception.Message.ShouldContain("GraphBuilder:Nlp:Profile");
    }

    [Theory]
    [InlineData("fast", NlpProfile.Fast)]
    [InlineData("FAST", NlpProfile.Fast)]
    [InlineData("Accurate", NlpProfile.Accurate)]
    public void AddNlp_ProfileInAnyCase_Binds(string value, NlpProfile expected)
    {
        using var provider = Build(new() { ["GraphBuilder:Nlp:Profile"] = value });

        provider.GetRequiredService<IOptions<NlpOptions>>().Value.Profile.ShouldBe(expected);
    }

    [Fact]
    public void Process_AccurateProfile_FallsBackToFastModels()
    {
        var pipeline = EnglishPipeline.Create(new NlpOptions { Profile = NlpProfile.Accurate });

        var document = pipeline.Process("Oliver Stone interviewed Vladimir Putin in Moscow.");

        document.Entities.Select(e => document.Slice(e.Span)).ShouldBe(["Oliver Stone", "Vladimir Putin", "Moscow"]);
        document.PartsOfSpeech.ShouldNotBeNull();
    }
}
