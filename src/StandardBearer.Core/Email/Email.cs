using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.Email;

public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Two implementations: the local outbox (default) and SMTP.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}

public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary><c>Outbox</c> (default) keeps messages in the database, readable at /dev/outbox in Development; <c>Smtp</c> sends them.</summary>
    public string Mode { get; set; } = "Outbox";

    [Required, EmailAddress]
    public string From { get; set; } = "no-reply@standardbearer.invalid";

    public string? SmtpHost { get; set; }
    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;
    public bool SmtpEnableSsl { get; set; } = true;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }
}

public sealed class OutboxEmailSender(AppDbContext db) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        db.OutboxMessages.Add(new OutboxMessage
        {
            To = message.To,
            Subject = message.Subject,
            Body = message.Body,
            CreatedAt = db.Time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
    }
}

public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var o = options.Value;
        using var client = new SmtpClient(o.SmtpHost, o.SmtpPort) { EnableSsl = o.SmtpEnableSsl };
        if (!string.IsNullOrEmpty(o.SmtpUserName))
            client.Credentials = new NetworkCredential(o.SmtpUserName, o.SmtpPassword);
        using var mail = new MailMessage(o.From, message.To, message.Subject, message.Body);
        await client.SendMailAsync(mail, ct);
    }
}
