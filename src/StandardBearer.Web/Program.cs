using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using StandardBearer.Core;
using StandardBearer.Core.Accounts;
using StandardBearer.Core.Data;
using StandardBearer.Core.Demo;
using StandardBearer.Core.Standards;
using StandardBearer.Web.Api;
using StandardBearer.Web.Infrastructure;
using StandardBearer.Web.Shared.Govuk;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseDefaultServiceProvider(o =>
{
    o.ValidateScopes = true;
    o.ValidateOnBuild = true;
});
if (builder.Environment.IsDevelopment() && string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS")))
    builder.WebHost.UseUrls("http://localhost:5000");

var services = builder.Services;
// Cookies are Secure everywhere; only on a developer's machine, served over plain http://localhost, they follow the
// request (the antiforgery system refuses to issue a Secure-only cookie over http).
var cookieSecurity = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
services.AddStandardBearerCore(builder.Configuration);
services.AddHttpContextAccessor();
services.AddScoped<CurrentUser>();
services.AddScoped<TenantAccess>();
services.AddScoped<TenantAccessPageFilter>();

new IdentityBuilder(typeof(AppUser), services).AddSignInManager().AddClaimsPrincipalFactory<AppClaimsFactory>();
services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(o =>
{
    o.Cookie.Name = "sb-auth";
    o.Cookie.HttpOnly = true;
    o.Cookie.SecurePolicy = cookieSecurity;
    o.Cookie.SameSite = SameSiteMode.Lax;
    o.LoginPath = "/account/sign-in";
    o.LogoutPath = "/account/sign-out";
    o.AccessDeniedPath = "/error/403";
    o.ExpireTimeSpan = TimeSpan.FromHours(8);
    o.SlidingExpiration = true;
    // The API answers 401/403 rather than redirecting to a sign-in page.
    o.Events.OnRedirectToLogin = context => ApiAwareRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
    o.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
}));
services.AddAuthorization();
services.AddAntiforgery(o =>
{
    o.Cookie.Name = "sb-antiforgery";
    o.Cookie.SecurePolicy = cookieSecurity;
    o.Cookie.HttpOnly = true;
});
services.AddStandardBearerRateLimits(builder.Configuration);
services.AddOptions<ReminderOptions>().Bind(builder.Configuration.GetSection(ReminderOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
services.AddHostedService<CertificateReminderWorker>();

services.AddRazorPages(o =>
    {
        o.Conventions.AuthorizeFolder("/");
        o.Conventions.AllowAnonymousToFolder("/Help");
        o.Conventions.AllowAnonymousToFolder("/Standards");
        o.Conventions.AllowAnonymousToPage("/Index");
        o.Conventions.AllowAnonymousToPage("/Error");
        o.Conventions.AllowAnonymousToPage("/Account/SignIn");
        o.Conventions.AllowAnonymousToPage("/Account/AcceptInvitation");
        o.Conventions.AllowAnonymousToFolder("/Dev");
        // Shared tenant pages serve both kinds of tenant: one page, two routes.
        o.Conventions.AddPageRoute("/Tenants/Users", "bodies/{bodyId:guid}/users");
        o.Conventions.AddPageRoute("/Tenants/Invite", "bodies/{bodyId:guid}/users/invite");
        o.Conventions.AddPageRoute("/Tenants/Audit", "bodies/{bodyId:guid}/audit");
    })
    .AddMvcOptions(o =>
    {
        o.Filters.AddService<TenantAccessPageFilter>();
        o.Filters.Add<InvalidModelStatePageFilter>();
    })
    .AddGovukFrontend();

// The API speaks enums by name ("Police", not 7), as the pages and the database do.
services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
services.AddProblemDetails();
services.AddExceptionHandler<DomainExceptionHandler>();
services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
services.AddOpenApi();
services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

var app = builder.Build();

await DatabaseSetup.PrepareForStartAsync(app.Services);
await using (var scope = app.Services.CreateAsyncScope())
{
    // The built-in CSE pack is part of every instance, not only demos.
    await scope.ServiceProvider.GetRequiredService<StandardService>().EnsureBuiltInAsync();
}
if (app.Configuration.GetValue<bool>("Demo:SeedOnStart"))
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
}

app.UseForwardedHeaders();
// One language and one way of writing numbers and dates: British English ("80%", "22 November 2026").
app.UseRequestLocalization(new RequestLocalizationOptions().SetDefaultCulture("en-GB"));
app.UseSecurityHeaders();
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/error",
    StatusCodeSelector = DomainExceptionHandler.StatusFor,
});
if (!app.Environment.IsDevelopment()) app.UseHsts();
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapRazorPages();
app.MapStandardBearerApi();

app.Run();

static Task ApiAwareRedirect(HttpContext context, string redirectUri, int apiStatus)
{
    if (context.Request.Path.StartsWithSegments("/api"))
        context.Response.StatusCode = apiStatus;
    else
        context.Response.Redirect(redirectUri);
    return Task.CompletedTask;
}

/// <summary>Exposed so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
