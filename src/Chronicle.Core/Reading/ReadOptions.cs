using Chronicle.Core.Model;

namespace Chronicle.Core.Reading;

/// <summary>Options for reading inputs.</summary>
/// <param name="Published">A publication time the user supplied (<c>--published</c>); overrides what the page states.</param>
/// <param name="MaxBytes">
/// Inputs larger than this (default 16 MB) are refused with a clear error, before being opened: no
/// news page is that long, and a bigger file is a dump that should be split, not one article.
/// </param>
public sealed record ReadOptions(PublicationTime? Published = null, long MaxBytes = 16 * 1024 * 1024);
