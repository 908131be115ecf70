using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace StandardBearer.Web.Shared.Govuk;

/// <summary>
/// Registers what the GOV.UK tag helpers need at run time. The tag helpers themselves come in
/// through <c>@addTagHelper *, StandardBearer.Web</c>; the date input needs its model binder.
/// </summary>
public static class GovukFrontendServiceCollectionExtensions
{
    public static IMvcBuilder AddGovukFrontend(this IMvcBuilder builder)
    {
        builder.Services.AddGovukFrontend();
        return builder;
    }

    public static IServiceCollection AddGovukFrontend(this IServiceCollection services)
    {
        services.Configure<MvcOptions>(options =>
        {
            // First, so it wins over the built-in binder that would read only "<name>" and ignore the three parts.
            if (!options.ModelBinderProviders.OfType<DateOnlyModelBinderProvider>().Any())
            {
                options.ModelBinderProviders.Insert(0, new DateOnlyModelBinderProvider());
            }
        });
        return services;
    }
}
