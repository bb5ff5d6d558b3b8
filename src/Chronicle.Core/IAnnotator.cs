using Chronicle.Core.Model;

namespace Chronicle.Core;

/// <summary>
/// One stage of the pipeline after cleaning: reads the layers earlier stages produced and returns the
/// article with its own layer added. Stages are pure: no clock, no I/O, no shared mutable state.
/// </summary>
public interface IAnnotator
{
    /// <summary>A short name for progress and error messages ("time", "actors").</summary>
    string Name { get; }

    AnnotatedArticle Annotate(AnnotatedArticle article);
}
