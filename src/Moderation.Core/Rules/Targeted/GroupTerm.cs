namespace Moderation.Rules.Targeted;

/// <summary>A word or phrase that names a protected group.</summary>
/// <param name="Ground">The ground it belongs to (<see cref="HateGround"/>).</param>
/// <param name="Slur">A pejorative name: derogatory on its own (cokin, bencong), not only in what is said of it.</param>
/// <param name="NeedsMarker">A name that alone usually means a state or a thing (Cina, Arab, India, buta): it names people only
/// after a collective word (orang, bangsa, kaum, ...) or doubled (cina-cina).</param>
/// <param name="Place">A name that is also a place (Jawa, Papua, Bali): after "di", "pulau", "provinsi" ... it is the place.</param>
internal sealed record GroupTerm(string Ground, bool Slur = false, bool NeedsMarker = false, bool Place = false);
