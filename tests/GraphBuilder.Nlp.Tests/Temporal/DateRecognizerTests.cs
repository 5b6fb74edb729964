using GraphBuilder.Nlp.Documents;
using GraphBuilder.Nlp.Temporal;
using GraphBuilder.Nlp.Tokenization;

namespace GraphBuilder.Nlp.Tests.Temporal;

public sealed class DateRecognizerTests
{
    private static readonly DateTimeOffset Published = new(2017, 6, 15, 9, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<(string Text, TemporalKind Kind, string? Value)> Recognize(string text, DateTimeOffset? published)
    {
        var document = new Document(text, new DocumentMetadata { PublishedAt = published });
        new Tokenizer().Process(document);
        new DateRecognizer().Process(document);
        return [.. document.Times.Select(t => (document.Slice(t.Span), t.Kind, t.Value))];
    }

    [Theory]
    [InlineData("The talks ended on June 15.", "June 15", "2017-06-15")]
    [InlineData("The leak came in July 2016, officials said.", "July 2016", "2016-07")]
    [InlineData("He was born on March 3, 1961.", "March 3, 1961", "1961-03-03")]
    [InlineData("It opened on 4 May 2015.", "4 May 2015", "2015-05-04")]
    [InlineData("The election in 2016 was close.", "2016", "2016")]
    [InlineData("She said yesterday that she would run.", "yesterday", "2017-06-14")]
    [InlineData("Profits fell last year.", "last year", "2016")]
    public void Process_DateExpression_NormalisesRelativeToPublication(string text, string expected, string value)
    {
        var times = Recognize(text, Published);

        times.ShouldContain((expected, TemporalKind.Date, value));
    }

    [Fact]
    public void Process_Weekday_ResolvesToDayOnOrBeforePublication()
    {
        var times = Recognize("On Monday, the minister resigned. On Thursday, the site published it.", Published);

        times.ShouldBe([("Monday", TemporalKind.Date, "2017-06-12"), ("Thursday", TemporalKind.Date, "2017-06-15")]);
    }

    [Fact]
    public void Process_BetweenYearAndMonthYear_ReturnsRange()
    {
        var times = Recognize("Prices rose between 2015 and February 2017.", Published);

        times.ShouldBe([("between 2015 and February 2017", TemporalKind.Range, "2015/2017-02")]);
    }

    [Fact]
    public void Process_Duration_ReturnsIsoDuration()
    {
        var times = Recognize("He served two years in prison and a 15-day fast.", Published);

        times.ShouldBe([("two years", TemporalKind.Duration, "P2Y"), ("15-day", TemporalKind.Duration, "P15D")]);
    }

    [Fact]
    public void Process_TimeOfDay_ReturnsIsoTime()
    {
        var times = Recognize("The vote starts at 3 p.m. and ends at 21:30.", Published);

        times.ShouldBe([("3 p.m.", TemporalKind.Time, "T15:00"), ("21:30", TemporalKind.Time, "T21:30")]);
    }

    [Fact]
    public void Process_NoPublicationDate_LeavesRelativeDatesUnresolved()
    {
        var times = Recognize("On Thursday, officials met on June 15.", published: null);

        times.ShouldBe([("Thursday", TemporalKind.Date, null), ("June 15", TemporalKind.Date, "--06-15")]);
    }

    [Fact]
    public void Process_NumberThatIsNotAYear_IsIgnored()
    {
        var times = Recognize("About 2000 people may attend.", Published);

        times.ShouldBeEmpty();
    }
}
