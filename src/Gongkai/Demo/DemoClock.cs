namespace Gongkai.Demo;

/// <summary>The clock the demo moves day by day, so publication dates fall where the demo's story puts them.</summary>
internal sealed class DemoClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
