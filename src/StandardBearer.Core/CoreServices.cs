using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Assessments;
using StandardBearer.Core.Benchmarking;
using StandardBearer.Core.BestPractice;
using StandardBearer.Core.Centre;
using StandardBearer.Core.Certification;
using StandardBearer.Core.Data;
using StandardBearer.Core.Demo;
using StandardBearer.Core.Email;
using StandardBearer.Core.Evidence;
using StandardBearer.Core.Organisations;
using StandardBearer.Core.Reports;
using StandardBearer.Core.SelfAssessment;
using StandardBearer.Core.Skills;
using StandardBearer.Core.Standards;
using StandardBearer.Core.Tenancy;

namespace StandardBearer.Core;

/// <summary>Everything both hosts (web and CLI) need: database, identity, services, email.</summary>
public static class CoreServices
{
    public static IServiceCollection AddStandardBearerCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TenantScope>();
        services.AddStandardBearerDatabase(configuration);
        services.AddDataProtection().SetApplicationName("StandardBearer");

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // NCSC advice: length over complexity rules.
                o.Password.RequiredLength = AccountService.MinimumPasswordLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders();

        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IEmailSender>(sp =>
            string.Equals(sp.GetRequiredService<IOptions<EmailOptions>>().Value.Mode, "Smtp", StringComparison.OrdinalIgnoreCase)
                ? new SmtpEmailSender(sp.GetRequiredService<IOptions<EmailOptions>>())
                : new OutboxEmailSender(sp.GetRequiredService<AppDbContext>()));

        services.AddScoped<AccountService>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<CertificationBodyService>();
        services.AddScoped<StandardService>();
        services.AddScoped<SelfAssessmentService>();
        services.AddScoped<ImprovementActionService>();
        services.AddEvidenceFiles(configuration);
        services.AddScoped<EvidenceService>();
        services.AddScoped<CertificateService>();
        services.AddScoped<CertificateReminders>();
        services.AddScoped<PointsSchemeService>();
        services.AddScoped<AssessmentService>();
        services.AddScoped<ResultsImportService>();
        services.AddScoped<BestPracticeService>();
        services.AddScoped<ChampionService>();
        services.AddScoped<LearningLogService>();
        services.AddScoped<DemoSkills>();
        services.AddScoped<StandardFeedbackService>();
        services.AddScoped<LearningExampleService>();
        services.AddScoped<BoardReportService>();
        services.AddScoped<DemoSelfAssessments>();
        services.AddScoped<DemoAssessments>();
        services.AddScoped<DemoSeeder>();
        return services;
    }
}
