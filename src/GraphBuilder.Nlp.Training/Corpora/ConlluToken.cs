namespace GraphBuilder.Nlp.Training.Corpora;

/// <summary>
/// Represents one surface token of a CoNLL-U sentence.
/// </summary>
/// <param name="Form">The surface form.</param>
/// <param name="FirstWord">The index of the first syntactic word the token covers.</param>
/// <param name="WordCount">The number of syntactic words the token covers.</param>
public readonly record struct ConlluToken(string Form, int FirstWord, int WordCount);
