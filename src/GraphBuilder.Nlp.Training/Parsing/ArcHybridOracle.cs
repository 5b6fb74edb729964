using GraphBuilder.Nlp.Parsing;

namespace GraphBuilder.Nlp.Training.Parsing;

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): the cost of a transition is the number of
/// gold arcs that were still reachable before it and are not after it. A transition of the least cost is correct from
/// any configuration, so the parser can be trained on its own mistakes.
/// </summary>
/// <remarks>
/// The cost is exact for projective trees. A non-projective gold tree (about 1 sentence in 20 in UD EWT) has no
/// zero-cost parse; the same arithmetic still ranks the transitions, and training takes the cheapest, which builds a
/// projective tree with as many gold arcs as it can reach. Heads are word indexes with -1 for the root; since the
/// last word left on the stack becomes the root, the root's arc can only be kept while it sits alone on the stack.
/// </remarks>
internal static class ArcHybridOracle
{
    /// <summary>Returns the cost of an allowed transition.</summary>
    public static int Cost(ParserState state, ReadOnlySpan<int> gold, Transition transition)
    {
        var stack = state.StackWords;
        var buffer = state.Buffer;
        var length = state.Length;
        var s0 = state.Stack(0);
        var cost = 0;
        switch (transition)
        {
            case Transition.Shift:
            {
                // The buffer word can no longer take a head deeper than s0 or a dependent from the stack.
                for (var k = 0; k < stack.Length; k++)
                {
                    var word = stack[k];
                    if (gold[word] == buffer || (gold[buffer] == word && word != s0))
                    {
                        cost++;
                    }
                }

                // The root must end alone on the stack, so pushing it onto other words loses its arc.
                if (gold[buffer] < 0 && stack.Length > 0)
                {
                    cost++;
                }

                break;
            }

            case Transition.Left:
            case Transition.Right:
            {
                var head = transition == Transition.Left ? buffer : state.Stack(1);
                var goldHead = gold[s0];
                if (goldHead != head)
                {
                    var reachable = goldHead < 0
                        ? stack.Length == 1
                        : goldHead == state.Stack(1) || goldHead >= buffer + (transition == Transition.Left ? 1 : 0);
                    if (reachable)
                    {
                        cost++;
                    }
                }

                // Dependents of s0 still in the buffer can no longer attach to it.
                for (var word = buffer; word < length; word++)
                {
                    if (gold[word] == s0)
                    {
                        cost++;
                    }
                }

                break;
            }
        }

        return cost;
    }
}
