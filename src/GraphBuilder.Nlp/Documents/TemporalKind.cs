namespace GraphBuilder.Nlp.Documents;

/// <summary>
/// Enumerates the kinds of temporal expression.
/// </summary>
public enum TemporalKind
{
    /// <summary>A calendar date or a part of one (a day, a month, a year).</summary>
    Date = 0,

    /// <summary>A time of day.</summary>
    Time,

    /// <summary>A length of time, such as <c>two years</c>.</summary>
    Duration,

    /// <summary>A range between two dates, such as <c>between 2015 and February 2017</c>.</summary>
    Range,
}
