namespace GraphBuilder.Explorer.Api.Contracts;

/// <summary>A configured source, its schedule and its last run.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Type">Its type (Folder, JsonLines, Feed).</param>
/// <param name="Location">Its path or URL.</param>
/// <param name="Schedule">Its cron schedule.</param>
/// <param name="NextRun">Its next run, when the schedule is valid.</param>
/// <param name="LastRun">Its last run, if any.</param>
public sealed record SourceStatus(string Name, string Type, string? Location, string Schedule, DateTimeOffset? NextRun, SourceRunStatus? LastRun);
