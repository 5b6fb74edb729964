namespace GraphBuilder.Nlp.Relations;

/// <summary>A relation the classifier found between two arguments of a sentence.</summary>
/// <param name="Head">The index of the head argument (the subject: the employee, the resident, the killer).</param>
/// <param name="Tail">The index of the tail argument.</param>
/// <param name="Type">The relation type in the classifier's vocabulary (<see cref="RelationSchema.RelationTypes"/>).</param>
/// <param name="Probability">The classifier's probability for the relation, before calibration.</param>
/// <param name="Confidence">The calibrated confidence, in [0, 1]: of relations given about p, about p are right.</param>
public sealed record RelationPrediction(int Head, int Tail, string Type, double Probability, double Confidence);
