using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using StandardBearer.Core.Accounts;

namespace StandardBearer.Cli.Commands;

public static class UsersCommands
{
    public static Command Create()
    {
        var users = new Command("users", "Manage user accounts");
        var email = new Option<string>("--email") { Description = "The user's email address", Required = true };
        var role = new Option<Role>("--role") { Description = "OrganisationAdmin, OrganisationMember, CertificationBodyAdmin, Assessor or StandardOwner", Required = true };
        var tenant = new Option<string?>("--tenant") { Description = "The organisation's or certification body's name (not for StandardOwner)" };
        var name = new Option<string?>("--name") { Description = "Display name (defaults to the part of the email before @)" };
        var password = new Option<string?>("--password") { Description = "Initial password; if left out, a strong one is generated and printed once" };

        var create = new Command("create", "Create a user with a role, or add the role to an existing user") { email, role, tenant, name, password };
        create.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var address = parse.GetValue(email)!;
            var chosenPassword = parse.GetValue(password);
            var generated = chosenPassword is null;
            chosenPassword ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
            using var host = CliHost.Build();
            await using var scope = host.OperatorScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            var user = await accounts.CreateUserAsync(new CreateUserRequest
            {
                Email = address,
                DisplayName = parse.GetValue(name) ?? address.Split('@')[0],
                Password = chosenPassword,
                Role = parse.GetValue(role),
                TenantName = parse.GetValue(tenant),
            }, Actor.System("sb users create"), ct);
            Console.WriteLine($"User {user.Email} has the {Roles.DisplayName(parse.GetValue(role)).ToLowerInvariant()} role{(parse.GetValue(tenant) is { } t ? $" in {t}" : "")}.");
            if (generated) Console.WriteLine($"Password (shown once): {chosenPassword}");
            return 0;
        }));
        users.Subcommands.Add(create);
        return users;
    }
}
