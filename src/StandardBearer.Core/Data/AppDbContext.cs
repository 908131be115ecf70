using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Audit;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Costs;
using StandardBearer.Core.Email;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Reports;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Skills;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core.Data;

/// <summary>
/// The one model for every provider. <see cref="SqliteAppDbContext"/> and <see cref="PostgresAppDbContext"/>
/// exist only so that each provider has its own migration set (docs/decisions/0002).
/// </summary>
public abstract class AppDbContext : IdentityUserContext<AppUser, Guid>
{
    private readonly TenantScope _tenant;
    private readonly TimeProvider _time;

    protected AppDbContext(DbContextOptions options, TenantScope tenant, TimeProvider time) : base(options)
    {
        _tenant = tenant;
        _time = time;
    }

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<CertificationBody> CertificationBodies => Set<CertificationBody>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Standard> Standards => Set<Standard>();
    public DbSet<StandardVersion> StandardVersions => Set<StandardVersion>();
    public DbSet<Criterion> Criteria => Set<Criterion>();
    public DbSet<SubCriterion> SubCriteria => Set<SubCriterion>();
    public DbSet<Element> Elements => Set<Element>();
    public DbSet<HistoricalResult> HistoricalResults => Set<HistoricalResult>();
    public DbSet<HistoricalRating> HistoricalRatings => Set<HistoricalRating>();
    public DbSet<ResultsImport> ResultsImports => Set<ResultsImport>();
    public DbSet<PointsScheme> PointsSchemes => Set<PointsScheme>();
    public DbSet<BestPracticeCase> BestPracticeCases => Set<BestPracticeCase>();
    public DbSet<LearningActivity> LearningActivities => Set<LearningActivity>();
    public DbSet<StaffTimeEntry> StaffTimeEntries => Set<StaffTimeEntry>();
    public DbSet<CostItem> CostItems => Set<CostItem>();
    public DbSet<CostBudget> CostBudgets => Set<CostBudget>();
    public DbSet<BoardReport> BoardReports => Set<BoardReport>();

    // Read by the global query filters below. EF evaluates these per query, not once per model.
    internal bool TenantUnrestricted => _tenant.Unrestricted;
    internal Guid? TenantOrganisationId => _tenant.OrganisationId;
    internal Guid? TenantCertificationBodyId => _tenant.CertificationBodyId;

    public TimeProvider Time => _time;

    /// <summary>A new version-7 key, for services that need an entity's id before saving (to audit it in the same save).</summary>
    public Guid NewId() => Guid.CreateVersion7(_time.GetUtcNow());

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database stays readable and reordering an enum is safe.
        configurationBuilder.Properties<Role>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Sector>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Region>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<SizeBand>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<VersionStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<AppUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
        });

        builder.Entity<Organisation>(e =>
        {
            e.Property(o => o.Name).HasMaxLength(200);
            e.HasIndex(o => o.Name).IsUnique();
            e.ComplexProperty(o => o.Address);
        });

        builder.Entity<CertificationBody>(e =>
        {
            e.Property(b => b.Name).HasMaxLength(200);
            e.HasIndex(b => b.Name).IsUnique();
            e.ComplexProperty(b => b.Address);
        });

        builder.Entity<Membership>(e =>
        {
            e.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CertificationBody>().WithMany().HasForeignKey(m => m.CertificationBodyId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(m => new { m.UserId, m.OrganisationId, m.CertificationBodyId, m.Role });
            e.HasIndex(m => m.OrganisationId);
            e.HasIndex(m => m.CertificationBodyId);
        });

        builder.Entity<Invitation>(e =>
        {
            e.Property(i => i.Email).HasMaxLength(256);
            e.Property(i => i.TokenHash).HasMaxLength(64);
            e.HasIndex(i => i.TokenHash).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CertificationBody>().WithMany().HasForeignKey(i => i.CertificationBodyId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AuditEvent>(e =>
        {
            e.Property(a => a.Action).HasMaxLength(100);
            e.Property(a => a.Subject).HasMaxLength(200);
            e.Property(a => a.Before).HasMaxLength(4000);
            e.Property(a => a.After).HasMaxLength(4000);
            e.HasIndex(a => new { a.OrganisationId, a.OccurredAt });
            e.HasIndex(a => new { a.CertificationBodyId, a.OccurredAt });
            e.HasIndex(a => a.OccurredAt);
        });

        builder.Entity<OutboxMessage>(e =>
        {
            e.Property(m => m.Body).HasMaxLength(20000);
            e.HasIndex(m => m.CreatedAt);
        });

        ConfigureStandards(builder);
        ConfigureSelfAssessment(builder);
        ConfigureEvidence(builder);
        ConfigureCertification(builder);
        ConfigureAssessments(builder);
        ConfigureBenchmarking(builder);
        ConfigureBestPractice(builder);
        ConfigureSkills(builder);
        ConfigureCentre(builder);
        ConfigureCosts(builder);
        ConfigureBoardReports(builder);
        ApplyTenantFilters(builder);
    }

    private static void ConfigureSelfAssessment(ModelBuilder builder)
    {
        builder.Entity<SelfAssessmentRecord>(e =>
        {
            e.ToTable("SelfAssessments");
            e.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(s => new { s.OrganisationId, s.Status });
            e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StandardVersion>().WithMany().HasForeignKey(s => s.StandardVersionId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(s => s.Elements).WithOne().HasForeignKey(x => x.SelfAssessmentId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ElementSelfAssessment>(e =>
        {
            e.ToTable("ElementSelfAssessments");
            e.Property(x => x.ElementNumber).HasMaxLength(20);
            e.Property(x => x.Progress).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.RatingKey).HasMaxLength(40);
            e.Property(x => x.Narrative).HasMaxLength(20000);
            e.Property(x => x.UpdatedByName).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.SelfAssessmentId, x.ElementNumber }).IsUnique();
            e.HasIndex(x => x.OrganisationId);
        });
        builder.Entity<ImprovementAction>(e =>
        {
            e.Property(a => a.ElementNumber).HasMaxLength(20);
            e.Property(a => a.Description).HasMaxLength(2000);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(a => new { a.OrganisationId, a.DueDate });
            e.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void ConfigureEvidence(ModelBuilder builder)
    {
        builder.Entity<EvidenceItem>(e =>
        {
            e.ToTable("EvidenceItems");
            e.Property(i => i.Title).HasMaxLength(200);
            e.Property(i => i.Description).HasMaxLength(4000);
            e.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(i => new { i.OrganisationId, i.DeletedAt });
            e.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(i => i.Revisions).WithOne().HasForeignKey(r => r.EvidenceItemId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<EvidenceRevision>(e =>
        {
            e.ToTable("EvidenceRevisions");
            e.Property(r => r.Url).HasMaxLength(2000);
            e.Property(r => r.Note).HasMaxLength(1000);
            e.Property(r => r.CreatedByName).HasMaxLength(200);
            e.HasIndex(r => new { r.EvidenceItemId, r.Number }).IsUnique();
            e.HasIndex(r => r.OrganisationId);
            e.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.EvidenceRevisionId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<EvidenceFile>(e =>
        {
            e.ToTable("EvidenceFiles");
            e.Property(f => f.FileName).HasMaxLength(200);
            e.Property(f => f.MediaType).HasMaxLength(100);
            e.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
            e.HasIndex(f => new { f.OrganisationId, f.Sha256 });
        });
        builder.Entity<EvidenceLink>(e =>
        {
            e.ToTable("EvidenceLinks");
            e.HasIndex(l => new { l.ElementSelfAssessmentId, l.EvidenceItemId }).IsUnique();
            e.HasIndex(l => l.EvidenceItemId);
            e.HasIndex(l => l.OrganisationId);
            e.HasOne<EvidenceItem>().WithMany().HasForeignKey(l => l.EvidenceItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ElementSelfAssessment>().WithMany().HasForeignKey(l => l.ElementSelfAssessmentId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void ConfigureBenchmarking(ModelBuilder builder)
    {
        builder.Entity<ResultsImport>(e =>
        {
            e.ToTable("ResultsImports");
            e.Property(x => x.FileName).HasMaxLength(260);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.ImportedBy).HasMaxLength(200);
            e.HasIndex(x => x.ImportedAt);
            e.HasOne<CertificationBody>().WithMany().HasForeignKey(x => x.CertificationBodyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StandardVersion>().WithMany().HasForeignKey(x => x.StandardVersionId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<HistoricalResult>(e =>
        {
            e.ToTable("HistoricalResults");
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.OrganisationId, x.CertificationBodyId, x.StandardVersionId, x.AssessedOn, x.Type }).IsUnique();
            e.HasIndex(x => x.CertificationBodyId);
            e.HasMany(x => x.Ratings).WithOne().HasForeignKey(x => x.HistoricalResultId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CertificationBody>().WithMany().HasForeignKey(x => x.CertificationBodyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StandardVersion>().WithMany().HasForeignKey(x => x.StandardVersionId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<ResultsImport>().WithMany().HasForeignKey(x => x.ResultsImportId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<HistoricalRating>(e =>
        {
            e.ToTable("HistoricalRatings");
            e.Property(x => x.ElementNumber).HasMaxLength(20);
            e.Property(x => x.RatingKey).HasMaxLength(40);
            e.HasIndex(x => new { x.HistoricalResultId, x.ElementNumber }).IsUnique();
        });

        builder.Entity<PointsScheme>(e =>
        {
            e.ToTable("PointsSchemes");
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.HasIndex(x => new { x.CertificationBodyId, x.StandardId, x.EffectiveFrom }).IsUnique();
            e.HasMany(x => x.Ratings).WithOne().HasForeignKey(x => x.PointsSchemeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CertificationBody>().WithMany().HasForeignKey(x => x.CertificationBodyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Standard>().WithMany().HasForeignKey(x => x.StandardId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<PointsSchemeRating>(e =>
        {
            e.ToTable("PointsSchemeRatings");
            e.Property(x => x.RatingKey).HasMaxLength(40);
            e.HasIndex(x => new { x.PointsSchemeId, x.RatingKey }).IsUnique();
        });
    }

    private static void ConfigureBestPractice(ModelBuilder builder)
    {
        builder.Entity<BestPracticeCase>(e =>
        {
            e.ToTable("BestPracticeCases");
            e.Property(x => x.ElementNumber).HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.AssessorComment).HasMaxLength(4000);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(8000);
            e.Property(x => x.Results).HasMaxLength(4000);
            e.Property(x => x.ContactName).HasMaxLength(200);
            e.Property(x => x.ContactEmail).HasMaxLength(256);
            e.Property(x => x.DeclineReason).HasMaxLength(2000);
            e.Property(x => x.ModerationNote).HasMaxLength(2000);
            e.HasIndex(x => x.AssessmentElementId).IsUnique();
            e.HasIndex(x => new { x.Status, x.ElementNumber });
            e.HasIndex(x => x.OrganisationId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CertificationBody>().WithMany().HasForeignKey(x => x.CertificationBodyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Assessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<AssessmentElement>().WithMany().HasForeignKey(x => x.AssessmentElementId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StandardVersion>().WithMany().HasForeignKey(x => x.StandardVersionId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    /// <summary>Costs are per organisation and assessment year; money is pounds to the penny.</summary>
    private static void ConfigureCosts(ModelBuilder builder)
    {
        builder.Entity<StaffTimeEntry>(e =>
        {
            e.ToTable("StaffTimeEntries");
            e.Property(s => s.Who).HasMaxLength(200);
            e.Property(s => s.Role).HasMaxLength(200);
            e.Property(s => s.Activity).HasMaxLength(1000);
            e.Property(s => s.Quantity).HasPrecision(8, 2);
            e.Property(s => s.Unit).HasConversion<string>().HasMaxLength(10);
            e.HasIndex(s => new { s.OrganisationId, s.Year });
            e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CostItem>(e =>
        {
            e.ToTable("CostItems");
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Description).HasMaxLength(1000);
            e.Property(c => c.Amount).HasPrecision(12, 2);
            e.HasIndex(c => new { c.OrganisationId, c.Year });
            e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CostBudget>(e =>
        {
            e.ToTable("CostBudgets");
            e.Property(b => b.Money).HasPrecision(12, 2);
            e.Property(b => b.StaffDays).HasPrecision(8, 2);
            e.Property(b => b.ApprovedBy).HasMaxLength(400);
            e.HasIndex(b => new { b.OrganisationId, b.Year }).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(b => b.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>A board report per organisation and year; its sections go with it.</summary>
    private static void ConfigureBoardReports(ModelBuilder builder)
    {
        builder.Entity<BoardReport>(e =>
        {
            e.ToTable("BoardReports");
            e.Property(r => r.ContactName).HasMaxLength(200);
            e.Property(r => r.ContactEmail).HasMaxLength(256);
            e.HasIndex(r => new { r.OrganisationId, r.Year }).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(r => r.Sections).WithOne().HasForeignKey(s => s.BoardReportId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<BoardReportSection>(e =>
        {
            e.ToTable("BoardReportSections");
            e.Property(s => s.Title).HasMaxLength(200);
            e.Property(s => s.Generated).HasMaxLength(60000); // every Compliance Plus statement can be long; edits are capped at 20,000
            e.Property(s => s.Edited).HasMaxLength(20000);
            e.Property(s => s.EditedByName).HasMaxLength(200);
            e.HasIndex(s => new { s.BoardReportId, s.Number }).IsUnique();
        });
    }

    /// <summary>Element champions hang off the element row and go with it; a learning activity outlives the evidence note it made.</summary>
    private static void ConfigureSkills(ModelBuilder builder)
    {
        builder.Entity<ElementChampion>(e =>
        {
            e.ToTable("ElementChampions");
            e.HasKey(c => new { c.ElementSelfAssessmentId, c.UserId });
            e.HasIndex(c => new { c.OrganisationId, c.UserId });
            e.HasOne<ElementSelfAssessment>().WithMany().HasForeignKey(c => c.ElementSelfAssessmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<LearningActivity>(e =>
        {
            e.ToTable("LearningActivities");
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Title).HasMaxLength(200);
            e.Property(a => a.People).HasMaxLength(1000);
            e.Property(a => a.Notes).HasMaxLength(4000);
            e.Property(a => a.Hours).HasPrecision(6, 2);
            e.HasIndex(a => new { a.OrganisationId, a.Date });
            e.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<EvidenceItem>().WithMany().HasForeignKey(a => a.EvidenceItemId).OnDelete(DeleteBehavior.SetNull);
        });
    }

    /// <summary>
    /// Feedback on the standard belongs to its sender, not to a tenant, so it has no query filter (its reads are named
    /// in StandardFeedbackQueries). A learning example is its organisation's; element numbers and case ids are short
    /// lists stored with it (JSON on SQLite, arrays on PostgreSQL).
    /// </summary>
    private static void ConfigureCentre(ModelBuilder builder)
    {
        builder.Entity<StandardFeedback>(e =>
        {
            e.ToTable("StandardFeedback");
            e.Property(x => x.ElementNumber).HasMaxLength(20);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Text).HasMaxLength(StandardFeedbackService.MaxTextLength);
            e.Property(x => x.SenderName).HasMaxLength(200);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.StatusReason).HasMaxLength(StandardFeedbackService.MaxReasonLength);
            e.Property(x => x.TriagedByName).HasMaxLength(200);
            e.HasIndex(x => x.SenderUserId);
            e.HasIndex(x => new { x.Status, x.ElementNumber });
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.SenderUserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StandardVersion>().WithMany().HasForeignKey(x => x.StandardVersionId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<LearningExample>(e =>
        {
            e.ToTable("LearningExamples");
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.LearnedFrom).HasMaxLength(200);
            e.Property(x => x.WhatWeLearned).HasMaxLength(4000);
            e.Property(x => x.WhatChanged).HasMaxLength(4000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.OrganisationId, x.Status });
            e.HasIndex(x => x.Status);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void ConfigureCertification(ModelBuilder builder)
    {
        builder.Entity<AssessorConflict>(e =>
        {
            e.ToTable("AssessorConflicts");
            e.Property(c => c.Reason).HasMaxLength(1000);
            e.HasIndex(c => new { c.CertificationBodyId, c.AssessorUserId, c.OrganisationId });
            e.HasOne<CertificationBody>().WithMany().HasForeignKey(c => c.CertificationBodyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<AppUser>().WithMany().HasForeignKey(c => c.AssessorUserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<SizingBand>(e =>
        {
            e.ToTable("SizingBands");
            e.Property(b => b.DeskDays).HasPrecision(4, 1);
            e.Property(b => b.OnSiteDays).HasPrecision(4, 1);
            e.HasIndex(b => new { b.CertificationBodyId, b.Order }).IsUnique();
            e.HasOne<CertificationBody>().WithMany().HasForeignKey(b => b.CertificationBodyId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Certificate>(e =>
        {
            e.ToTable("Certificates");
            e.Property(c => c.Number).HasMaxLength(40);
            e.Property(c => c.Scope).HasMaxLength(2000);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.StatusReason).HasMaxLength(2000);
            e.HasIndex(c => c.Number).IsUnique();
            e.HasIndex(c => c.AssessmentId).IsUnique();
            e.HasIndex(c => new { c.OrganisationId, c.Status });
            e.HasIndex(c => new { c.Status, c.ExpiresOn });
            e.HasIndex(c => c.CertificationBodyId);
            e.HasOne<Assessment>().WithMany().HasForeignKey(c => c.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CertificateEvent>(e =>
        {
            e.ToTable("CertificateEvents");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.Property(x => x.UserName).HasMaxLength(200);
            e.HasIndex(x => new { x.CertificateId, x.At });
            e.HasOne<Certificate>().WithMany().HasForeignKey(x => x.CertificateId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ReviewPlanItem>(e =>
        {
            e.ToTable("ReviewPlanItems");
            e.Property(x => x.ElementNumber).HasMaxLength(20);
            e.Property(x => x.Reason).HasConversion<string>().HasMaxLength(30);
            e.HasIndex(x => new { x.CertificateId, x.Visit, x.ElementNumber }).IsUnique();
            e.HasOne<Certificate>().WithMany().HasForeignKey(x => x.CertificateId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CertificateReminder>(e =>
        {
            e.ToTable("CertificateReminders");
            e.Property(x => x.Milestone).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.CertificateId, x.Milestone, x.DueOn, x.Stage }).IsUnique();
            e.HasOne<Certificate>().WithMany().HasForeignKey(x => x.CertificateId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<PredecessorAward>(e =>
        {
            e.ToTable("PredecessorAwards");
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => x.OrganisationId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CertificationBody>().WithMany().HasForeignKey(x => x.CertificationBodyId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>
    /// An assessment and its parts carry both tenants' ids (IOrganisationAndBodyOwned). The parts hang off the
    /// assessment and go with it; the snapshot's references to evidence revisions must never be broken, so the
    /// database refuses to delete a revision an assessment froze.
    /// </summary>
    private static void ConfigureAssessments(ModelBuilder builder)
    {
        builder.Entity<Assessment>(e =>
        {
            e.ToTable("Assessments");
            e.Property(a => a.Type).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.ScopeKind).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(30);
            e.Property(a => a.ScopeDescription).HasMaxLength(2000);
            e.Property(a => a.Sites).HasMaxLength(2000);
            e.Property(a => a.ContactName).HasMaxLength(200);
            e.Property(a => a.ContactEmail).HasMaxLength(256);
            e.Property(a => a.ContactPhone).HasMaxLength(40);
            e.Property(a => a.PreferredDates).HasMaxLength(1000);
            e.Property(a => a.DeclineReason).HasMaxLength(2000);
            e.Property(a => a.SuggestedDeskDays).HasPrecision(4, 1);
            e.Property(a => a.SuggestedOnSiteDays).HasPrecision(4, 1);
            e.Property(a => a.Strengths).HasMaxLength(20000);
            e.Property(a => a.AreasForImprovement).HasMaxLength(20000);
            e.Property(a => a.DecisionReasons).HasMaxLength(4000);
            e.Property(a => a.DecisionNote).HasMaxLength(4000);
            e.Property(a => a.DecidedByName).HasMaxLength(200);
            e.Ignore(a => a.ScopeText);
            e.HasIndex(a => new { a.OrganisationId, a.Status });
            e.HasIndex(a => new { a.CertificationBodyId, a.Status });
            e.HasIndex(a => a.LeadAssessorUserId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CertificationBody>().WithMany().HasForeignKey(a => a.CertificationBodyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StandardVersion>().WithMany().HasForeignKey(a => a.StandardVersionId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<AppUser>().WithMany().HasForeignKey(a => a.LeadAssessorUserId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(a => a.Team).WithOne().HasForeignKey(t => t.AssessmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.Elements).WithOne().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AssessmentTeamMember>(e =>
        {
            e.ToTable("AssessmentTeamMembers");
            e.HasIndex(t => new { t.AssessmentId, t.UserId }).IsUnique();
            e.HasIndex(t => t.UserId);
            e.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<AssessmentElement>(e =>
        {
            e.ToTable("AssessmentElements");
            e.Property(x => x.ElementNumber).HasMaxLength(20);
            e.Property(x => x.SelfRatingKey).HasMaxLength(40);
            e.Property(x => x.Narrative).HasMaxLength(20000);
            e.Property(x => x.OwnerName).HasMaxLength(200);
            e.Property(x => x.ProvisionalRatingKey).HasMaxLength(40);
            e.Property(x => x.ReviewNote).HasMaxLength(20000);
            e.Property(x => x.FinalRatingKey).HasMaxLength(40);
            e.Property(x => x.FinalComment).HasMaxLength(4000);
            e.HasIndex(x => new { x.AssessmentId, x.ElementNumber }).IsUnique();
        });
        builder.Entity<AssessmentEvidence>(e =>
        {
            e.ToTable("AssessmentEvidence");
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Url).HasMaxLength(2000);
            e.HasIndex(x => new { x.AssessmentId, x.EvidenceRevisionId });
            e.HasIndex(x => x.AssessmentElementId);
            e.HasIndex(x => x.EvidenceRequestId);
            e.HasOne<Assessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<AssessmentElement>().WithMany().HasForeignKey(x => x.AssessmentElementId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<EvidenceRequest>().WithMany().HasForeignKey(x => x.EvidenceRequestId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<EvidenceRevision>().WithMany().HasForeignKey(x => x.EvidenceRevisionId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<EvidenceItem>().WithMany().HasForeignKey(x => x.EvidenceItemId).OnDelete(DeleteBehavior.NoAction);
        });
        builder.Entity<EvidenceRequest>(e =>
        {
            e.ToTable("EvidenceRequests");
            e.Property(r => r.ElementNumber).HasMaxLength(20);
            e.Property(r => r.Text).HasMaxLength(4000);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.RaisedByName).HasMaxLength(200);
            e.Property(r => r.Answer).HasMaxLength(4000);
            e.Property(r => r.AnsweredByName).HasMaxLength(200);
            e.HasIndex(r => new { r.AssessmentId, r.Status });
            e.HasIndex(r => new { r.OrganisationId, r.Status });
            e.HasOne<Assessment>().WithMany().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<VisitSession>(e =>
        {
            e.ToTable("VisitSessions");
            e.Property(s => s.Site).HasMaxLength(200);
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(s => s.Participants).HasMaxLength(1000);
            e.HasIndex(s => new { s.AssessmentId, s.Date, s.StartsAt });
            e.HasOne<Assessment>().WithMany().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<SessionNote>(e =>
        {
            e.ToTable("SessionNotes");
            e.Property(n => n.ElementNumber).HasMaxLength(20);
            e.Property(n => n.Text).HasMaxLength(20000);
            e.Property(n => n.CreatedByName).HasMaxLength(200);
            e.HasIndex(n => n.AssessmentId);
            e.HasIndex(n => n.VisitSessionId);
            e.HasOne<VisitSession>().WithMany().HasForeignKey(n => n.VisitSessionId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CriterionFinding>(e =>
        {
            e.ToTable("CriterionFindings");
            e.Property(f => f.CriterionNumber).HasMaxLength(20);
            e.Property(f => f.Text).HasMaxLength(20000);
            e.HasIndex(f => new { f.AssessmentId, f.CriterionNumber }).IsUnique();
            e.HasOne<Assessment>().WithMany().HasForeignKey(f => f.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<FactualAccuracyComment>(e =>
        {
            e.ToTable("FactualAccuracyComments");
            e.Property(c => c.ElementNumber).HasMaxLength(20);
            e.Property(c => c.Text).HasMaxLength(4000);
            e.Property(c => c.CreatedByName).HasMaxLength(200);
            e.HasIndex(c => c.AssessmentId);
            e.HasOne<Assessment>().WithMany().HasForeignKey(c => c.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void ConfigureStandards(ModelBuilder builder)
    {
        builder.Entity<Standard>(e =>
        {
            e.Property(s => s.Code).HasMaxLength(20);
            e.Property(s => s.Title).HasMaxLength(200);
            e.Property(s => s.Owner).HasMaxLength(200);
            e.HasIndex(s => s.Code).IsUnique();
            e.HasMany(s => s.Versions).WithOne(v => v.Standard).HasForeignKey(v => v.StandardId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<StandardVersion>(e =>
        {
            e.Property(v => v.Label).HasMaxLength(40);
            e.Property(v => v.Wording).HasMaxLength(20);
            e.Property(v => v.MinimumCompliantShare).HasPrecision(5, 4);
            e.HasIndex(v => new { v.StandardId, v.Label }).IsUnique();
            e.HasMany(v => v.Ratings).WithOne().HasForeignKey(r => r.StandardVersionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(v => v.Criteria).WithOne().HasForeignKey(c => c.StandardVersionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(v => v.Crosswalk).WithOne().HasForeignKey(c => c.StandardVersionId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<VersionRating>(e =>
        {
            e.Property(r => r.Key).HasMaxLength(40);
            e.Property(r => r.Name).HasMaxLength(100);
            e.HasIndex(r => new { r.StandardVersionId, r.Key }).IsUnique();
        });
        builder.Entity<Criterion>(e =>
        {
            e.Property(c => c.Number).HasMaxLength(20);
            e.Property(c => c.Title).HasMaxLength(200);
            e.HasIndex(c => new { c.StandardVersionId, c.Number }).IsUnique();
            e.HasMany(c => c.SubCriteria).WithOne().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<SubCriterion>(e =>
        {
            e.Property(s => s.Number).HasMaxLength(20);
            e.Property(s => s.Title).HasMaxLength(200);
            e.HasIndex(s => new { s.StandardVersionId, s.Number }).IsUnique();
            e.HasOne<StandardVersion>().WithMany().HasForeignKey(s => s.StandardVersionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(s => s.Elements).WithOne().HasForeignKey(x => x.SubCriterionId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Element>(e =>
        {
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Statement).HasMaxLength(4000);
            e.Property(x => x.Guidance).HasMaxLength(4000);
            e.Property(x => x.ShowMe).HasMaxLength(4000);
            e.Property(x => x.TellMe).HasMaxLength(4000);
            e.HasIndex(x => new { x.StandardVersionId, x.Number }).IsUnique();
            e.HasOne<StandardVersion>().WithMany().HasForeignKey(x => x.StandardVersionId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CrosswalkEntry>(e =>
        {
            e.Property(c => c.OldNumber).HasMaxLength(20);
            e.Property(c => c.NewNumber).HasMaxLength(20);
            e.HasIndex(c => new { c.StandardVersionId, c.OldNumber }).IsUnique();
        });
    }

    /// <summary>
    /// Every tenant-owned entity gets a global query filter: a query sees only the current tenant's rows unless the
    /// scope is unrestricted. The few legitimate cross-tenant reads call IgnoreQueryFilters in a named method.
    /// </summary>
    private void ApplyTenantFilters(ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.BaseType is null))
        {
            var clr = entityType.ClrType;
            LambdaExpression? filter = null;
            if (typeof(IOrganisationOwned).IsAssignableFrom(clr))
                filter = BuildFilter(clr, nameof(IOrganisationOwned.OrganisationId), null);
            else if (typeof(ICertificationBodyOwned).IsAssignableFrom(clr))
                filter = BuildFilter(clr, null, nameof(ICertificationBodyOwned.CertificationBodyId));
            else if (typeof(IOrganisationAndBodyOwned).IsAssignableFrom(clr))
                filter = BuildFilter(clr, nameof(IOrganisationAndBodyOwned.OrganisationId), nameof(IOrganisationAndBodyOwned.CertificationBodyId));
            else if (typeof(ITenantOwned).IsAssignableFrom(clr))
                filter = BuildFilter(clr, nameof(ITenantOwned.OrganisationId), nameof(ITenantOwned.CertificationBodyId));
            if (filter is not null)
                builder.Entity(clr).HasQueryFilter(filter);
        }
    }

    private LambdaExpression BuildFilter(Type clr, string? organisationProperty, string? bodyProperty)
    {
        var e = Expression.Parameter(clr, "e");
        var self = Expression.Constant(this);
        Expression allowed = Expression.Property(self, nameof(TenantUnrestricted));
        if (organisationProperty is not null)
            allowed = Expression.OrElse(allowed, Matches(Expression.Property(e, organisationProperty), Expression.Property(self, nameof(TenantOrganisationId))));
        if (bodyProperty is not null)
            allowed = Expression.OrElse(allowed, Matches(Expression.Property(e, bodyProperty), Expression.Property(self, nameof(TenantCertificationBodyId))));
        return Expression.Lambda(allowed, e);

        static Expression Matches(Expression column, Expression current)
        {
            var nullableColumn = column.Type == typeof(Guid) ? Expression.Convert(column, typeof(Guid?)) : column;
            return Expression.AndAlso(
                Expression.NotEqual(current, Expression.Constant(null, typeof(Guid?))),
                Expression.Equal(nullableColumn, current));
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AssignKeys();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AssignKeys();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Version-7 GUIDs: unique without coordination and ordered by creation, which keeps indexes compact.</summary>
    private void AssignKeys()
    {
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State == EntityState.Added))
        {
            var key = entry.Metadata.FindPrimaryKey();
            if (key is { Properties.Count: 1 } && key.Properties[0].ClrType == typeof(Guid))
            {
                var property = entry.Property(key.Properties[0].Name);
                if (property.CurrentValue is Guid g && g == Guid.Empty)
                    property.CurrentValue = Guid.CreateVersion7(_time.GetUtcNow());
            }
        }
    }
}
