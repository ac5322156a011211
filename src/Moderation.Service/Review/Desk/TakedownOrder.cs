namespace Moderation.Service.Review.Desk;

/// <summary>A government takedown order an admin registers: its reference number, the comments it names, and whether it is urgent (4 h instead of 24 h).</summary>
public sealed record TakedownOrder(string? Reference, IReadOnlyList<string>? CommentIds, bool Urgent);
