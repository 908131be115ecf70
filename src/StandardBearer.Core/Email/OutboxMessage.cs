namespace StandardBearer.Core.Email;

/// <summary>An email written to the local outbox instead of being sent (the default in development).</summary>
public class OutboxMessage
{
    public Guid Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
