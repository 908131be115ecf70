using System.CommandLine;
using System.Globalization;
using StandardBearer.Cli.Commands;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
var root = new RootCommand("sb: the StandardBearer command line. Reads the same configuration as the web app.");
root.Subcommands.Add(DbCommands.Create());
root.Subcommands.Add(UsersCommands.Create());
root.Subcommands.Add(DemoCommands.Create());
root.Subcommands.Add(StandardCommands.Create());
root.Subcommands.Add(RegisterCommands.Create());
root.Subcommands.Add(BenchmarkCommands.Create());
root.Subcommands.Add(ResultsCommands.Create());
root.Subcommands.Add(ReportCommands.Create());
return await root.Parse(args).InvokeAsync();
