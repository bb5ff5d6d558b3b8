using System.Collections.Immutable;
using Chronicle.Core.Actors;
using Chronicle.Core.Attribution;
using Chronicle.Core.Events;
using Chronicle.Core.Events.Claims;
using Chronicle.Core.Events.Commitments;
using Chronicle.Core.Segmenting;
using Chronicle.Core.Time;

namespace Chronicle.Core;

/// <summary>Collects the stages in order, then freezes them into a <see cref="Pipeline"/>.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnnotator> _stages = [];

    public PipelineBuilder Add(IAnnotator stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    public Pipeline Build() => new(_stages.ToImmutableArray());

    /// <summary>The standard chain. Each stage registers here, in pipeline order.</summary>
    public static PipelineBuilder Default() =>
        new PipelineBuilder()
            .Add(new SentenceSegmenter())
            .Add(new TemporalTagger())
            .Add(new ActorRecognizer())
            .Add(new AttributionExtractor())
            .Add(new EventExtractor())
            .Add(new ClaimExtractor())
            .Add(new CommitmentExtractor());
}
