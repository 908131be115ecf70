namespace StandardBearer.Core.Tenancy;

/// <summary>
/// Which tenant the current unit of work may see. Set once per request by the web host after it has checked
/// membership, or switched to unrestricted by trusted callers (CLI, seeding, background services).
/// The default sees no tenant-owned rows at all, so forgetting to set it fails closed.
/// </summary>
public sealed class TenantScope
{
    public Guid? OrganisationId { get; private set; }
    public Guid? CertificationBodyId { get; private set; }
    public bool Unrestricted { get; private set; }

    public void UseOrganisation(Guid organisationId)
    {
        OrganisationId = organisationId;
        CertificationBodyId = null;
        Unrestricted = false;
    }

    public void UseCertificationBody(Guid certificationBodyId)
    {
        CertificationBodyId = certificationBodyId;
        OrganisationId = null;
        Unrestricted = false;
    }

    public void UseUnrestricted()
    {
        OrganisationId = null;
        CertificationBodyId = null;
        Unrestricted = true;
    }
}

/// <summary>A row that belongs to exactly one organisation.</summary>
public interface IOrganisationOwned
{
    Guid OrganisationId { get; }
}

/// <summary>A row that belongs to exactly one certification body.</summary>
public interface ICertificationBodyOwned
{
    Guid CertificationBodyId { get; }
}

/// <summary>
/// A row that belongs to an organisation and a certification body at once: an assessment and everything hanging off
/// it. Both tenants' scopes see it. Which of the body's people may see it (its admins and the assigned assessors, not
/// every assessor) and which parts the organisation may see before the report is released are narrower than a
/// tenant, so they are decided by <c>AssessmentAccess</c>, not by the filter.
/// </summary>
public interface IOrganisationAndBodyOwned
{
    Guid OrganisationId { get; }
    Guid CertificationBodyId { get; }
}

/// <summary>A row that belongs to an organisation or a certification body (or, with both null, to the platform).</summary>
public interface ITenantOwned
{
    Guid? OrganisationId { get; }
    Guid? CertificationBodyId { get; }
}
