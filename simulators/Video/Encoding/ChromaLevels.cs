using System.Runtime.CompilerServices;

namespace Vms.Simulators.Video.Encoding;

/// <summary>The eight chroma DC levels of a macroblock: Cb [0..3] then Cr [4..7].</summary>
[InlineArray(8)]
internal struct ChromaLevels
{
    private int _element;

    public readonly bool AnyNonZero => ((ReadOnlySpan<int>)this).ContainsAnyExcept(0);
}
