using StandardBearer.Core.Accounts;

namespace StandardBearer.Core.Tests.Accounts;

public class RolesTests
{
    [Theory]
    [InlineData(Role.OrganisationAdmin, TenantKind.Organisation)]
    [InlineData(Role.OrganisationMember, TenantKind.Organisation)]
    [InlineData(Role.CertificationBodyAdmin, TenantKind.CertificationBody)]
    [InlineData(Role.Assessor, TenantKind.CertificationBody)]
    [InlineData(Role.StandardOwner, TenantKind.Platform)]
    public void KindOf_EachRole_BelongsToItsTenantKind(Role role, TenantKind kind) => Assert.Equal(kind, Roles.KindOf(role));

    [Fact]
    public void For_Organisation_OffersOnlyOrganisationRoles() =>
        Assert.Equal([Role.OrganisationAdmin, Role.OrganisationMember], Roles.For(TenantKind.Organisation));
}
