namespace GraphBuilder.Nlp.Parsing;

/// <summary>
/// Enumerates the moves of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011). The buffer
/// is always a suffix of the sentence, so a configuration is the stack plus the index of the first buffer word.
/// </summary>
internal enum Transition
{
    /// <summary>Moves the first buffer word onto the stack.</summary>
    Shift = 0,

    /// <summary>Makes the first buffer word the head of the stack's top and pops it.</summary>
    Left = 1,

    /// <summary>Makes the second stack word the head of the stack's top and pops it.</summary>
    Right = 2,
}
