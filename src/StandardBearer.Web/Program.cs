using StandardBearer.Web.Shared.Govuk;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages().AddGovukFrontend();
var app = builder.Build();
app.MapRazorPages();
app.Run();

public partial class Program;
