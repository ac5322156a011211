using Moderation.Service.Moderating;

namespace Moderation.Service.Review.Desk;

/// <summary>A moderator's verdict on one item: "approved" or "rejected", a category (required to reject), an optional note.</summary>
public sealed record ReviewDecision(string? Outcome, string? Category, string? Note)
{
    /// <summary>Why the decision cannot be taken as it is, or null.</summary>
    public string? Problem()
    {
        if (Outcome is not ("approved" or "rejected"))
        {
            return "outcome must be 'approved' or 'rejected'.";
        }

        if (CommentFieldLimits.TooLong("note", Note, FieldLimits.Note) is { } longNote)
        {
            return longNote + ".";
        }

        if (Category is null)
        {
            return Outcome == "rejected" ? "a rejection needs a category." : null;
        }

        return Moderation.Decisions.CategoryNames.TryParse(Category, out _) && Category != "invalid"
            ? null
            : $"unknown category '{Category}'.";
    }
}
