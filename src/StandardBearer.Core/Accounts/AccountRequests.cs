using System.ComponentModel.DataAnnotations;

namespace StandardBearer.Core.Accounts;

public sealed record InviteUserRequest
{
    [Required(ErrorMessage = "Enter an email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string Email { get; init; } = "";

    [Required(ErrorMessage = "Select a role")]
    public Role? Role { get; init; }
}

public sealed record AcceptInvitationRequest
{
    [Required(ErrorMessage = "Enter your full name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
    public string DisplayName { get; init; } = "";

    [Required(ErrorMessage = "Enter a password")]
    [StringLength(200, MinimumLength = AccountService.MinimumPasswordLength, ErrorMessage = "Password must be at least 10 characters")]
    public string Password { get; init; } = "";

    [Required(ErrorMessage = "Confirm your password")]
    [Compare(nameof(Password), ErrorMessage = "Passwords do not match")]
    public string ConfirmPassword { get; init; } = "";
}

public sealed record ChangePasswordRequest
{
    [Required(ErrorMessage = "Enter your current password")]
    public string CurrentPassword { get; init; } = "";

    [Required(ErrorMessage = "Enter a new password")]
    [StringLength(200, MinimumLength = AccountService.MinimumPasswordLength, ErrorMessage = "New password must be at least 10 characters")]
    public string NewPassword { get; init; } = "";

    [Required(ErrorMessage = "Confirm your new password")]
    [Compare(nameof(NewPassword), ErrorMessage = "Passwords do not match")]
    public string ConfirmPassword { get; init; } = "";
}

public sealed record CreateUserRequest
{
    [Required(ErrorMessage = "Enter an email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string Email { get; init; } = "";

    [Required(ErrorMessage = "Enter a name")]
    public string DisplayName { get; init; } = "";

    [Required(ErrorMessage = "Enter a password")]
    [StringLength(200, MinimumLength = AccountService.MinimumPasswordLength, ErrorMessage = "Password must be at least 10 characters")]
    public string Password { get; init; } = "";

    [Required(ErrorMessage = "Select a role")]
    public Role? Role { get; init; }

    /// <summary>The organisation's or certification body's name; none for StandardOwner.</summary>
    public string? TenantName { get; init; }
}

public enum InvitationStatus
{
    Valid,
    NotFound,
    Expired,
    Accepted,
    Revoked,
}

public sealed record InvitationView(InvitationStatus Status, string? Email, Role? Role, string? TenantName, bool HasAccount);
