namespace StandardBearer.Web.Pages.Assessments.VisitPlan;

/// <summary>
/// The model of <c>_Agenda</c>. <see cref="SessionsPath"/> is set on the body's side, for the links to each
/// session; <see cref="ShowNotes"/> on the organisation's, where notes appear once the report is released.
/// </summary>
public sealed record AgendaView(VisitPlanView Plan, string? SessionsPath, bool CanChange, bool ShowNotes);
