namespace StandardBearer.Web.Pages.Account;

/// <summary>Account log messages: ids only, never email addresses.</summary>
internal static partial class AccountLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed in")]
    public static partial void SignedIn(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} is locked out after repeated failed sign-ins")]
    public static partial void LockedOut(ILogger logger, Guid userId);
}
