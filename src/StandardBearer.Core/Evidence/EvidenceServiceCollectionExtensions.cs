using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StandardBearer.Core.Evidence;

public static class EvidenceServiceCollectionExtensions
{
    public static IServiceCollection AddEvidenceFiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EvidenceFileOptions>()
            .Bind(configuration.GetSection(EvidenceFileOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IEvidenceStore, LocalEvidenceStore>();
        return services;
    }
}
