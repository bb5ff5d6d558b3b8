namespace Chronicle.Core.Contract;

// The JSON contract of DESIGN.md ("chronicle annotate FILE --json"). Other programs read these
// names: extend, never rename. Offsets are UTF-16 character offsets into "text", end exclusive.

public sealed record ArticleDto(
    string Id,
    string? Title,
    string? Outlet,
    string? Byline,
    string? Url,
    string Source,
    int Part,
    PublishedDto Published,
    string Text,
    IReadOnlyList<SentenceDto> Sentences,
    IReadOnlyList<TimeDto> Times,
    IReadOnlyList<ActorDto> Actors,
    IReadOnlyList<QuoteDto> Quotes,
    IReadOnlyList<EventDto> Events,
    IReadOnlyList<ClaimDto> Claims,
    IReadOnlyList<CommitmentDto> Commitments,
    string? Summary = null);

public sealed record PublishedDto(string? Value, string Precision, string Origin, string? Evidence);

public sealed record SentenceDto(int Start, int End, int Paragraph);

public sealed record SpanDto(int Start, int End, string Text);

public sealed record TimeValueDto(string Value, string? Mod);

public sealed record TimeDto(int Start, int End, string Text, string Type, string Value, string? Mod, double Confidence, string? Anchor);

public sealed record ActorDto(int Start, int End, string Text, string Id, string Name, string Kind, double Confidence);

public sealed record SpeakerDto(int? Start, int? End, string? Text, string? Id, string? Name, string? Description, string? Affiliation = null);

public sealed record QuoteDto(
    int Start, int End, string Text, bool Direct, SpanDto Cue, SpeakerDto Speaker, string? Venue, IReadOnlyList<string> Via, double Confidence);

public sealed record EventDto(
    int Start, int End, string Text, SpanDto Trigger, string Type, string? Mode, IReadOnlyList<string> Sources, IReadOnlyList<string> Targets,
    string? Place, TimeValueDto? Time, bool TimeFromPublication, string Modality, bool Negated, double Confidence, bool TimeFromContext = false);

public sealed record ClaimDto(
    int Start, int End, string Text, decimal Quantity, bool Approx, bool Vague, string Unit, string? About, string? Place,
    TimeValueDto? Time, string? ClaimedBy, double Confidence);

public sealed record PhaseDto(string What, TimeValueDto? Deadline);

public sealed record CommitmentDto(
    int Start, int End, string Text, IReadOnlyList<string> Who, string Action, string What, TimeValueDto? Deadline,
    IReadOnlyList<PhaseDto> Phases, IReadOnlyList<string> Conditions, string State, string? ClaimedBy, double Confidence);
