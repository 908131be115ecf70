using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StandardBearer.Core;
using StandardBearer.Core.Tenancy;

namespace StandardBearer.Cli;

/// <summary>
/// Builds the same services and configuration as the web app (appsettings, appsettings.{Environment},
/// environment variables such as Database__Provider and ConnectionStrings__Default), so the CLI always
/// talks to the same database as the site.
/// </summary>
public static class CliHost
{
    public static IHost Build(IDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
                ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environments.Production,
        });
        builder.Configuration.Sources.Clear();
        var baseDir = AppContext.BaseDirectory;
        builder.Configuration
            .AddJsonFile(Path.Combine(baseDir, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(baseDir, $"appsettings.{builder.Environment.EnvironmentName}.json"), optional: true)
            .AddEnvironmentVariables();
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.AddStandardBearerCore(builder.Configuration);
        return builder.Build();
    }

    /// <summary>A scope that sees every tenant: the CLI is an operator's tool.</summary>
    public static AsyncServiceScope OperatorScope(this IHost host)
    {
        var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().UseUnrestricted();
        return scope;
    }
}
