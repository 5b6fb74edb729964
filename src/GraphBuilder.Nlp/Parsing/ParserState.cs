namespace GraphBuilder.Nlp.Parsing;

/// <summary>
/// Holds an arc-hybrid configuration over one sentence: the stack, the first buffer word, the arcs built so far and,
/// per word, the children the feature templates read. Reused from sentence to sentence to avoid allocation.
/// </summary>
/// <remarks>
/// No artificial root word is used: the parse ends when the buffer is empty and one word is left on the stack, and
/// that word is the root. This gives exactly one root per sentence, as UD requires.
/// </remarks>
internal sealed class ParserState
{
    private int[] _stack = [];
    private int[] _heads = [];
    private int[] _labels = [];
    private int[] _leftmost = [];
    private int[] _leftmost2 = [];
    private int[] _rightmost = [];
    private int[] _rightmost2 = [];
    private int[] _leftCount = [];
    private int[] _rightCount = [];
    private ulong[] _leftLabels = [];
    private ulong[] _rightLabels = [];

    /// <summary>Gets the number of words in the sentence.</summary>
    public int Length { get; private set; }

    /// <summary>Gets the number of words on the stack.</summary>
    public int StackCount { get; private set; }

    /// <summary>Gets the index of the first buffer word; <see cref="Length"/> when the buffer is empty.</summary>
    public int Buffer { get; private set; }

    /// <summary>Gets a value indicating whether the parse is complete.</summary>
    public bool IsTerminal => Buffer >= Length && StackCount <= 1;

    /// <summary>Gets the head of each word (-1 while it has none).</summary>
    public ReadOnlySpan<int> Heads => _heads.AsSpan(0, Length);

    /// <summary>Gets the label index of each word's arc (-1 while it has none).</summary>
    public ReadOnlySpan<int> Labels => _labels.AsSpan(0, Length);

    /// <summary>Starts a sentence of <paramref name="length"/> words with an empty stack.</summary>
    public void Reset(int length)
    {
        if (_heads.Length < length)
        {
            var size = Math.Max(length, 2 * _heads.Length);
            _stack = new int[size];
            _heads = new int[size];
            _labels = new int[size];
            _leftmost = new int[size];
            _leftmost2 = new int[size];
            _rightmost = new int[size];
            _rightmost2 = new int[size];
            _leftCount = new int[size];
            _rightCount = new int[size];
            _leftLabels = new ulong[size];
            _rightLabels = new ulong[size];
        }

        Length = length;
        StackCount = 0;
        Buffer = 0;
        _heads.AsSpan(0, length).Fill(-1);
        _labels.AsSpan(0, length).Fill(-1);
        _leftmost.AsSpan(0, length).Fill(-1);
        _leftmost2.AsSpan(0, length).Fill(-1);
        _rightmost.AsSpan(0, length).Fill(-1);
        _rightmost2.AsSpan(0, length).Fill(-1);
        _leftCount.AsSpan(0, length).Clear();
        _rightCount.AsSpan(0, length).Clear();
        _leftLabels.AsSpan(0, length).Clear();
        _rightLabels.AsSpan(0, length).Clear();
    }

    /// <summary>Returns the word <paramref name="depth"/> places below the top of the stack, or -1.</summary>
    public int Stack(int depth) => depth < StackCount ? _stack[StackCount - 1 - depth] : -1;

    /// <summary>Returns the buffer word <paramref name="offset"/> places after the first, or -1.</summary>
    public int Input(int offset) => Buffer + offset < Length ? Buffer + offset : -1;

    /// <summary>Returns whether a transition is allowed in this configuration.</summary>
    public bool IsAllowed(Transition transition) => transition switch
    {
        Transition.Shift => Buffer < Length,
        Transition.Left => StackCount > 0 && Buffer < Length,
        _ => StackCount > 1,
    };

    /// <summary>Returns the head and dependent of the arc an arc transition would add.</summary>
    public (int Head, int Dependent) ArcOf(Transition transition) =>
        transition == Transition.Left ? (Buffer, Stack(0)) : (Stack(1), Stack(0));

    /// <summary>Applies an allowed transition; <paramref name="label"/> is the arc's label index for arc transitions.</summary>
    public void Apply(Transition transition, int label)
    {
        if (transition == Transition.Shift)
        {
            _stack[StackCount++] = Buffer++;
            return;
        }

        var (head, dependent) = ArcOf(transition);
        StackCount--;
        _heads[dependent] = head;
        _labels[dependent] = label;
        var bit = 1UL << (label & 63);
        if (dependent < head)
        {
            if (_leftmost[head] < 0 || dependent < _leftmost[head])
            {
                _leftmost2[head] = _leftmost[head];
                _leftmost[head] = dependent;
            }
            else if (_leftmost2[head] < 0 || dependent < _leftmost2[head])
            {
                _leftmost2[head] = dependent;
            }

            _leftCount[head]++;
            _leftLabels[head] |= bit;
        }
        else
        {
            if (dependent > _rightmost[head])
            {
                _rightmost2[head] = _rightmost[head];
                _rightmost[head] = dependent;
            }
            else if (dependent > _rightmost2[head])
            {
                _rightmost2[head] = dependent;
            }

            _rightCount[head]++;
            _rightLabels[head] |= bit;
        }
    }

    /// <summary>Returns the leftmost (<paramref name="second"/>: second leftmost) left child of a word, or -1.</summary>
    public int LeftChild(int word, bool second = false) => word < 0 ? -1 : second ? _leftmost2[word] : _leftmost[word];

    /// <summary>Returns the rightmost (<paramref name="second"/>: second rightmost) right child of a word, or -1.</summary>
    public int RightChild(int word, bool second = false) => word < 0 ? -1 : second ? _rightmost2[word] : _rightmost[word];

    /// <summary>Returns the label index of a word's arc, or -1.</summary>
    public int LabelOf(int word) => word < 0 ? -1 : _labels[word];

    /// <summary>Returns the number of left children of a word.</summary>
    public int LeftCount(int word) => word < 0 ? 0 : _leftCount[word];

    /// <summary>Returns the number of right children of a word.</summary>
    public int RightCount(int word) => word < 0 ? 0 : _rightCount[word];

    /// <summary>Returns the set of labels of a word's left children, as bits.</summary>
    public ulong LeftLabelSet(int word) => word < 0 ? 0 : _leftLabels[word];

    /// <summary>Returns the set of labels of a word's right children, as bits.</summary>
    public ulong RightLabelSet(int word) => word < 0 ? 0 : _rightLabels[word];

    /// <summary>Gets the stack, bottom first.</summary>
    internal ReadOnlySpan<int> StackWords => _stack.AsSpan(0, StackCount);
}
