using Microsoft.AspNetCore.Identity;

namespace StandardBearer.Core.Accounts;

public class AppUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
