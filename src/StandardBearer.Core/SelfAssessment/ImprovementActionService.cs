using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Common;
using StandardBearer.Core.Data;

namespace StandardBearer.Core.SelfAssessment;

public sealed record AddActionRequest
{
    [Required(ErrorMessage = "Describe the improvement action")]
    [StringLength(2000, ErrorMessage = "The description must be 2,000 characters or fewer")]
    public string Description { get; init; } = "";

    public Guid? OwnerUserId { get; init; }

    [Required(ErrorMessage = "Enter the date the action is due")]
    [Display(Name = "Due date")]
    public DateOnly? DueDate { get; init; }
}

public sealed class ImprovementActionService(AppDbContext db)
{
    public async Task<ImprovementAction> AddAsync(Guid organisationId, string elementNumber, AddActionRequest request, Actor actor, CancellationToken ct = default)
    {
        Validation.Validate(request);
        var open = await db.Set<SelfAssessmentRecord>().Where(s => s.OrganisationId == organisationId && s.Status == SelfAssessmentStatus.Open)
            .Select(s => (Guid?)s.Id).SingleOrDefaultAsync(ct);
        if (open is null || !await db.Set<ElementSelfAssessment>().AnyAsync(e => e.SelfAssessmentId == open && e.ElementNumber == elementNumber, ct))
            throw new NotFoundException("Element not found");
        if (request.OwnerUserId is { } owner && !await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == owner && m.OrganisationId == organisationId, ct))
            throw new DomainValidationException(nameof(AddActionRequest.OwnerUserId), "Select someone from your organisation");
        var action = new ImprovementAction
        {
            Id = db.NewId(), OrganisationId = organisationId, ElementNumber = elementNumber, Description = request.Description.Trim(),
            OwnerUserId = request.OwnerUserId, DueDate = request.DueDate!.Value, Status = ActionStatus.Open,
            CreatedAt = db.Time.GetUtcNow(), CreatedByUserId = actor.UserId,
        };
        db.Add(action);
        db.Record(actor, "ImprovementActionAdded", $"ImprovementAction/{action.Id}", organisationId,
            after: new { Element = elementNumber, action.Description, DueDate = action.DueDate.ToString("yyyy-MM-dd") });
        await db.SaveChangesAsync(ct);
        return action;
    }

    public async Task SetStatusAsync(Guid organisationId, Guid actionId, ActionStatus status, Actor actor, CancellationToken ct = default)
    {
        var action = await db.Set<ImprovementAction>().SingleOrDefaultAsync(a => a.Id == actionId && a.OrganisationId == organisationId, ct)
            ?? throw new NotFoundException("Action not found");
        var before = action.Status;
        action.Status = status;
        action.CompletedAt = status == ActionStatus.Done ? db.Time.GetUtcNow() : null;
        db.Record(actor, "ImprovementActionUpdated", $"ImprovementAction/{action.Id}", organisationId,
            before: new { Status = before.ToString() }, after: new { Status = status.ToString() });
        await db.SaveChangesAsync(ct);
    }
}
