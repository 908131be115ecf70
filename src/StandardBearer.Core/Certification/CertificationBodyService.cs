using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;
using StandardBearer.Core.Organisations;

namespace StandardBearer.Core.Certification;

public sealed record CertificationBodyDetails
{
    [Required(ErrorMessage = "Enter the certification body's name")]
    [StringLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string Name { get; init; } = "";

    [Url(ErrorMessage = "Enter a website address in the correct format, like https://www.example.org")]
    [StringLength(200, ErrorMessage = "Website must be 200 characters or fewer")]
    public string? Website { get; init; }
}

public sealed class CertificationBodyService(AppDbContext db)
{
    public async Task<CertificationBody> CreateAsync(CertificationBodyDetails details, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(details);
        var name = details.Name.Trim();
        await EnsureNameFreeAsync(name, null, ct);
        var body = new CertificationBody { Id = db.NewId(), Name = name, Website = Clean(details.Website), CreatedAt = db.Time.GetUtcNow() };
        db.CertificationBodies.Add(body);
        db.Record(actor, "CertificationBodyCreated", Subject(body.Id), certificationBodyId: body.Id, after: new { body.Name, body.Website });
        await db.SaveChangesAsync(ct);
        return body;
    }

    public async Task<CertificationBody> UpdateAsync(Guid bodyId, CertificationBodyDetails details, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(details);
        var body = await db.CertificationBodies.SingleOrDefaultAsync(b => b.Id == bodyId, ct)
            ?? throw new NotFoundException("Certification body not found");
        var name = details.Name.Trim();
        await EnsureNameFreeAsync(name, bodyId, ct);
        var before = new { body.Name, body.Website };
        body.Name = name;
        body.Website = Clean(details.Website);
        db.Record(actor, "CertificationBodyUpdated", Subject(body.Id), certificationBodyId: body.Id, before: before, after: new { body.Name, body.Website });
        await db.SaveChangesAsync(ct);
        return body;
    }

    /// <summary>Records that an assessor must not assess an organisation. One standing declaration per pair.</summary>
    public async Task<AssessorConflict> DeclareConflictAsync(Guid bodyId, DeclareConflictRequest request, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(request);
        var assessorId = request.AssessorUserId!.Value;
        var organisationId = request.OrganisationId!.Value;
        var errors = new Dictionary<string, string[]>();
        var assessor = await AssessorMembershipAsync(bodyId, assessorId, ct);
        if (assessor is null)
            errors[nameof(DeclareConflictRequest.AssessorUserId)] = ["Select an assessor from your certification body"];
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleOrDefaultAsync(ct);
        if (organisation is null)
            errors[nameof(DeclareConflictRequest.OrganisationId)] = ["Select an organisation"];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        if (await db.Set<AssessorConflict>().AnyAsync(c => c.CertificationBodyId == bodyId && c.AssessorUserId == assessorId
                && c.OrganisationId == organisationId && c.WithdrawnAt == null, ct))
            throw new DomainValidationException(nameof(DeclareConflictRequest.OrganisationId), $"{assessor!.User!.DisplayName} has already declared a conflict of interest with {organisation}");

        var conflict = new AssessorConflict
        {
            Id = db.NewId(), CertificationBodyId = bodyId, AssessorUserId = assessorId, OrganisationId = organisationId,
            Reason = request.Reason.Trim(), DeclaredAt = db.Time.GetUtcNow(), DeclaredByUserId = actor.UserId,
        };
        db.Add(conflict);
        db.Record(actor, "ConflictOfInterestDeclared", $"AssessorConflict/{conflict.Id}", certificationBodyId: bodyId,
            after: new { Assessor = assessor!.User!.DisplayName, Organisation = organisation, conflict.Reason });
        await db.SaveChangesAsync(ct);
        return conflict;
    }

    public async Task WithdrawConflictAsync(Guid bodyId, Guid conflictId, Actor actor, CancellationToken ct = default)
    {
        var conflict = await db.Set<AssessorConflict>().SingleOrDefaultAsync(c => c.Id == conflictId && c.CertificationBodyId == bodyId, ct)
            ?? throw new NotFoundException("Conflict of interest not found");
        if (!conflict.IsActive) throw new ConflictException("This conflict of interest has already been withdrawn.");
        conflict.WithdrawnAt = db.Time.GetUtcNow();
        conflict.WithdrawnByUserId = actor.UserId;
        db.Record(actor, "ConflictOfInterestWithdrawn", $"AssessorConflict/{conflict.Id}", certificationBodyId: bodyId,
            before: new { conflict.AssessorUserId, conflict.OrganisationId, conflict.Reason });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Stops an assessor being assigned, and takes them off the work they could see. Their past work keeps their name.</summary>
    public async Task DeactivateAssessorAsync(Guid bodyId, Guid assessorUserId, Actor actor, CancellationToken ct = default)
    {
        var membership = await AssessorMembershipAsync(bodyId, assessorUserId, ct) ?? throw new NotFoundException("Assessor not found");
        if (membership.DeactivatedAt is not null) throw new ConflictException($"{membership.User!.DisplayName} is already deactivated.");
        membership.DeactivatedAt = db.Time.GetUtcNow();
        db.Record(actor, "AssessorDeactivated", $"Membership/{membership.Id}", certificationBodyId: bodyId, before: new { Assessor = membership.User!.DisplayName });
        await db.SaveChangesAsync(ct);
    }

    public async Task ReactivateAssessorAsync(Guid bodyId, Guid assessorUserId, Actor actor, CancellationToken ct = default)
    {
        var membership = await AssessorMembershipAsync(bodyId, assessorUserId, ct) ?? throw new NotFoundException("Assessor not found");
        if (membership.DeactivatedAt is null) throw new ConflictException($"{membership.User!.DisplayName} is already active.");
        membership.DeactivatedAt = null;
        db.Record(actor, "AssessorReactivated", $"Membership/{membership.Id}", certificationBodyId: bodyId, after: new { Assessor = membership.User!.DisplayName });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Replaces the body's whole sizing table. An empty table is refused: the CSE default applies until a body sets one.</summary>
    public async Task ReplaceSizingAsync(Guid bodyId, ReplaceSizingRequest request, Actor actor, CancellationToken ct = default)
    {
        var errors = Sizing.Problems(request.Bands);
        if (errors.Count > 0) throw new DomainValidationException(errors);
        if (!await db.CertificationBodies.AnyAsync(b => b.Id == bodyId, ct)) throw new NotFoundException("Certification body not found");
        var old = await db.Set<SizingBand>().Where(b => b.CertificationBodyId == bodyId).OrderBy(b => b.Order).ToListAsync(ct);
        db.RemoveRange(old);
        var bands = request.Bands.Select((b, i) => new SizingBand
        {
            Id = db.NewId(), CertificationBodyId = bodyId, Order = i, UpToStaff = b.UpToStaff, DeskDays = b.DeskDays!.Value, OnSiteDays = b.OnSiteDays!.Value,
        }).ToList();
        db.AddRange(bands);
        db.Record(actor, "SizingTableReplaced", Subject(bodyId), certificationBodyId: bodyId,
            before: old.Select(b => new { b.UpToStaff, b.DeskDays, b.OnSiteDays }), after: bands.Select(b => new { b.UpToStaff, b.DeskDays, b.OnSiteDays }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The body's sizing table in order, or the CSE default when it has not set one.</summary>
    public static async Task<IReadOnlyList<SizingRow>> SizingTableAsync(AppDbContext db, Guid bodyId, CancellationToken ct = default)
    {
        var rows = await db.Set<SizingBand>().Where(b => b.CertificationBodyId == bodyId).OrderBy(b => b.Order)
            .Select(b => new SizingRow(b.UpToStaff, b.DeskDays, b.OnSiteDays)).ToListAsync(ct);
        return rows.Count == 0 ? Sizing.CseDefault : rows;
    }

    private Task<Membership?> AssessorMembershipAsync(Guid bodyId, Guid userId, CancellationToken ct) =>
        db.Memberships.Include(m => m.User).SingleOrDefaultAsync(m => m.UserId == userId && m.CertificationBodyId == bodyId && m.Role == Role.Assessor, ct);

    private async Task EnsureNameFreeAsync(string name, Guid? except, CancellationToken ct)
    {
        var lowered = name.ToLowerInvariant();
        if (await db.CertificationBodies.AnyAsync(b => b.Name.ToLower() == lowered && b.Id != except, ct))
            throw new DomainValidationException(nameof(CertificationBodyDetails.Name), "A certification body with this name already exists");
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Subject(Guid id) => $"CertificationBody/{id}";
}
