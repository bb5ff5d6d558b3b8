using Chronicle.Core.Contract;

namespace Chronicle.Core.Tests.Story;

/// <summary>Builds small annotated articles (contract form) by hand, so story logic is tested without upstream stages.</summary>
internal sealed class ArticleBuilder(string id, string outlet, string? published)
{
    private readonly List<string> _sentences = [];
    private readonly List<EventDto> _events = [];
    private readonly List<CommitmentDto> _commitments = [];
    private readonly List<ClaimDto> _claims = [];
    private readonly List<ActorDto> _actors = [];

    private int Offset => _sentences.Sum(s => s.Length + 1);

    public string Text { get; set; } = "";

    /// <summary>
    /// An event in <paramref name="sentence"/> (the same sentence as the previous call when the text is
    /// equal, so one sentence can hold several events); <paramref name="named"/> are actors the sentence
    /// names, participants or not.
    /// </summary>
    public ArticleBuilder Event(string sentence, string type, string modality, string[] sources, string[] targets, string? time = null, string? place = null, bool negated = false, string? mode = null, string[]? named = null, bool timeFromPublication = false)
    {
        var start = _sentences.Count > 0 && _sentences[^1] == sentence ? Offset - sentence.Length - 1 : Add(sentence);
        foreach (var name in named ?? [])
        {
            var at = Math.Max(0, sentence.IndexOf(name, StringComparison.Ordinal));
            _actors.Add(new ActorDto(start + at, start + at + Math.Min(name.Length, sentence.Length - at), name, name.ToLowerInvariant(), name, "state", 0.9));
        }

        _events.Add(new EventDto(start, start + sentence.Length, sentence, new SpanDto(start, start + 1, sentence[..1]), type, mode, sources, targets, place,
            time is null ? null : new TimeValueDto(time, null), timeFromPublication, modality, negated, 0.8));
        return this;
    }

    /// <summary>A commitment in <paramref name="sentence"/> (the same sentence as the previous call when the text is equal).</summary>
    public ArticleBuilder Commitment(string sentence, string[] who, string action, string what, string state, params (string What, string Value, string? Mod)[] phases)
    {
        var start = _sentences.Count > 0 && _sentences[^1] == sentence ? Offset - sentence.Length - 1 : Add(sentence);
        _commitments.Add(new CommitmentDto(start, start + sentence.Length, sentence, who, action, what, null,
            [.. phases.Select(p => new PhaseDto(p.What, new TimeValueDto(p.Value, p.Mod)))], [], state, null, 0.8));
        return this;
    }

    public ArticleBuilder Claim(string sentence, decimal quantity, string unit, string? place, bool approx = false)
    {
        var start = Add(sentence);
        _claims.Add(new ClaimDto(start, start + sentence.Length, sentence, quantity, approx, false, unit, null, place, null, null, 0.8));
        return this;
    }

    public ArticleBuilder Prose(string sentence)
    {
        Add(sentence);
        return this;
    }

    public ArticleDto Build()
    {
        var text = string.Join("\n", _sentences);
        var sentences = new List<SentenceDto>();
        var offset = 0;
        foreach (var s in _sentences)
        {
            sentences.Add(new SentenceDto(offset, offset + s.Length, sentences.Count));
            offset += s.Length + 1;
        }

        return new ArticleDto(id, "Title " + id, outlet, null, null, id + ".txt", 1,
            new PublishedDto(published, published is null ? "unknown" : "day", published is null ? "unknown" : "given", null),
            text, sentences, [], _actors, [], _events, _claims, _commitments);
    }

    private int Add(string sentence)
    {
        var start = Offset;
        _sentences.Add(sentence);
        return start;
    }
}
