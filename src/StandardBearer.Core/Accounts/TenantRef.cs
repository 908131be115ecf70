namespace StandardBearer.Core.Accounts;

/// <summary>An organisation or a certification body, as the target of a membership or an invitation.</summary>
public readonly record struct TenantRef(TenantKind Kind, Guid Id)
{
    public static TenantRef Organisation(Guid id) => new(TenantKind.Organisation, id);
    public static TenantRef CertificationBody(Guid id) => new(TenantKind.CertificationBody, id);

    public Guid? OrganisationId => Kind == TenantKind.Organisation ? Id : null;
    public Guid? CertificationBodyId => Kind == TenantKind.CertificationBody ? Id : null;
}
