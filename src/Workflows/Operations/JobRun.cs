namespace Disclosure.Workflows.Operations;

/// <summary>One run of a background job, kept so staff can see that scheduled work happens.</summary>
public sealed class JobRun
{
    private JobRun()
    {
        JobName = string.Empty;
        Summary = string.Empty;
    }

    public JobRun(string jobName, DateTimeOffset startedAt, DateTimeOffset finishedAt, string summary)
    {
        JobName = jobName;
        StartedAt = startedAt;
        FinishedAt = finishedAt;
        Summary = summary;
    }

    public long Id { get; private set; }

    public string JobName { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset FinishedAt { get; private set; }

    public string Summary { get; private set; }
}
