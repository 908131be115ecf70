namespace StandardBearer.Testing;

/// <summary>A clock a test sets by hand, to run time-driven jobs on chosen days.</summary>
public sealed class ManualTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void SetDay(DateOnly day) => Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero);
}
