using Chronicle.Core.Contract;

namespace Chronicle.Core.Tests.Story;

/// <summary>Builds small annotated articles (contract form) by hand, so story logic is tested without upstream stages.</summary>
internal sealed class ArticleBuilder(string id, string outlet, string? published)
{
    private readonly List<string> _sentences = [];
    private readonly List<EventDto> _events = [];
    private readonly List<CommitmentDto> _commitments = [];
    private readonly List<ClaimDto> _claims = [];

    private int Offset => _sentences.Sum(s => s.Length + 1);

    public string Text { get; set; } = "";

    public ArticleBuilder Event(string sentence, string type, string modality, string[] sources, string[] targets, string? time = null, string? place = null, bool negated = false, string? mode = null)
    {
        var start = Add(sentence);
        _events.Add(new EventDto(start, start + sentence.Length, sentence, new SpanDto(start, start + 1, sentence[..1]), type, mode, sources, targets, place,
            time is null ? null : new TimeValueDto(time, null), false, modality, negated, 0.8));
        return this;
    }

    public ArticleBuilder Commitment(string sentence, string[] who, string action, string what, string state, params (string What, string Value, string? Mod)[] phases)
    {
        var start = Add(sentence);
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
            text, sentences, [], [], [], _events, _claims, _commitments);
    }

    private int Add(string sentence)
    {
        var start = Offset;
        _sentences.Add(sentence);
        return start;
    }
}
