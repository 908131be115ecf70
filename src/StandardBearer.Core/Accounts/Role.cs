namespace StandardBearer.Core.Accounts;

public enum Role
{
    OrganisationAdmin,
    OrganisationMember,
    CertificationBodyAdmin,
    Assessor,
    StandardOwner,
}

public enum TenantKind
{
    Organisation,
    CertificationBody,
    Platform,
}

public static class Roles
{
    public static TenantKind KindOf(Role role) => role switch
    {
        Role.OrganisationAdmin or Role.OrganisationMember => TenantKind.Organisation,
        Role.CertificationBodyAdmin or Role.Assessor => TenantKind.CertificationBody,
        Role.StandardOwner => TenantKind.Platform,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static string DisplayName(Role role) => role switch
    {
        Role.OrganisationAdmin => "Organisation admin",
        Role.OrganisationMember => "Organisation member",
        Role.CertificationBodyAdmin => "Certification body admin",
        Role.Assessor => "Assessor",
        Role.StandardOwner => "Standard owner",
        _ => role.ToString(),
    };

    public static IReadOnlyList<Role> For(TenantKind kind) =>
        Enum.GetValues<Role>().Where(r => KindOf(r) == kind).ToList();

    public static bool IsAdmin(Role role) => role is Role.OrganisationAdmin or Role.CertificationBodyAdmin;
}
