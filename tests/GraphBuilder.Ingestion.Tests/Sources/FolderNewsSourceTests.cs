using GraphBuilder.Ingestion.Reading;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.Testing.Files;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Ingestion.Tests.Sources;

public sealed class FolderNewsSourceTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ReadAsync_FolderWithALinkLoop_ReadsEachArticleOnceAndReportsTheLoopOnce()
    {
        var news = Directory.CreateDirectory(_directory.File("news")).FullName;
        var inner = Directory.CreateDirectory(Path.Combine(news, "inner")).FullName;
        File.WriteAllText(Path.Combine(news, "a.txt"), "Maria Alvarez criticized Northwind Energy on Monday.");
        File.WriteAllText(Path.Combine(inner, "b.txt"), "Tomas Reyes met Helen Park in Port Elena on Tuesday.");
        File.WriteAllText(Path.Combine(inner, "c.txt"), "Samuel Okafor leads the Harbor City port authority now.");
        Directory.CreateSymbolicLink(Path.Combine(inner, "back"), news);
        Directory.CreateSymbolicLink(Path.Combine(news, "again"), inner);
        var logger = new RecordingLogger();
        var source = new FolderNewsSource("loop", [news], new ArticleFileReader(Options.Create(new IngestionOptions())), logger);

        var items = new List<SourceItem>();
        await foreach (var item in source.ReadAsync(TestContext.Current.CancellationToken))
        {
            items.Add(item);
        }

        items.Count.ShouldBe(3);
        items.ShouldAllBe(item => item.Article != null);
        source.CountFiles().ShouldBe(3);
        logger.Warnings.Count.ShouldBe(2);
        logger.Warnings.ShouldContain(line => line.Contains("back", StringComparison.Ordinal));
    }

    [Fact]
    public void RealPath_PathThroughALink_IsTheTargetsPath()
    {
        var real = Directory.CreateDirectory(_directory.File("real")).FullName;
        Directory.CreateDirectory(Path.Combine(real, "sub"));
        var link = Path.Combine(_directory.Path, "link");
        Directory.CreateSymbolicLink(link, real);

        FolderPaths.RealPath(Path.Combine(link, "sub")).ShouldBe(FolderPaths.RealPath(Path.Combine(real, "sub")));
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings.Add(formatter(state, exception));
            }
        }
    }
}
