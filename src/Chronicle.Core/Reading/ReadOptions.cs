using Chronicle.Core.Model;

namespace Chronicle.Core.Reading;

/// <summary>Options for reading inputs.</summary>
/// <param name="Published">A publication time the user supplied (<c>--published</c>); overrides what the page states.</param>
/// <param name="MaxBytes">Inputs larger than this are refused with a clear error rather than read.</param>
public sealed record ReadOptions(PublicationTime? Published = null, long MaxBytes = 16 * 1024 * 1024);
