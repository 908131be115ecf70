using System.ComponentModel.DataAnnotations;

namespace StandardBearer.Core.Skills;

public sealed record AddChampionRequest
{
    [Required(ErrorMessage = "Select who to add as a champion")]
    public Guid? UserId { get; init; }
}

/// <summary>Adding and changing a learning activity. Element numbers and case ids are checked by the service.</summary>
public sealed record SaveLearningActivityRequest
{
    [Required(ErrorMessage = "Select the kind of activity")]
    public LearningKind? Kind { get; init; }

    [Required(ErrorMessage = "Enter a title")]
    [StringLength(200, ErrorMessage = "The title must be 200 characters or fewer")]
    public string Title { get; init; } = "";

    [Required(ErrorMessage = "Enter the date of the activity")]
    public DateOnly? Date { get; init; }

    [Required(ErrorMessage = "Enter the people or teams who took part")]
    [StringLength(1000, ErrorMessage = "People or teams must be 1,000 characters or fewer")]
    public string People { get; init; } = "";

    [Required(ErrorMessage = "Enter the number of hours")]
    public decimal? Hours { get; init; }

    [StringLength(4000, ErrorMessage = "Notes must be 4,000 characters or fewer")]
    public string? Notes { get; init; }

    public IReadOnlyList<string>? ElementNumbers { get; init; }

    public IReadOnlyList<Guid>? BestPracticeCaseIds { get; init; }
}
