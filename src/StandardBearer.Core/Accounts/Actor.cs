namespace StandardBearer.Core.Accounts;

/// <summary>Who is making a change, for the audit trail. The CLI and seeding act as named system actors.</summary>
public sealed record Actor(Guid? UserId, string Name)
{
    public static Actor System(string name) => new(null, name);
}
