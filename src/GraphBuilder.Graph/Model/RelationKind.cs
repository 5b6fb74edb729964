namespace GraphBuilder.Graph.Model;

/// <summary>
/// Enumerates the fixed vocabulary of typed relations between entities. Each has a direction: subject to object.
/// </summary>
public enum RelationKind
{
    /// <summary>The subject works for the object (CoNLL04 Work_For).</summary>
    WorksFor = 0,

    /// <summary>The subject heads the object: an organisation, party, committee or country.</summary>
    Leads,

    /// <summary>The subject is a member of the object.</summary>
    MemberOf,

    /// <summary>The subject lives in the object (CoNLL04 Live_In).</summary>
    LivesIn,

    /// <summary>The subject is a citizen of the object.</summary>
    CitizenOf,

    /// <summary>The subject, an organisation, is based in the object (CoNLL04 OrgBased_In).</summary>
    BasedIn,

    /// <summary>The subject, a place, lies in the object (CoNLL04 Located_In).</summary>
    LocatedIn,

    /// <summary>The subject killed the object (CoNLL04 Kill).</summary>
    Killed,

    /// <summary>The subject interviewed the object.</summary>
    Interviewed,

    /// <summary>The subject met the object.</summary>
    Met,

    /// <summary>The subject supported the object.</summary>
    Supported,

    /// <summary>The subject opposed the object.</summary>
    Opposed,

    /// <summary>The subject criticised the object.</summary>
    Criticized,

    /// <summary>The subject accused the object.</summary>
    Accused,

    /// <summary>The subject competed with the object.</summary>
    CompetedWith,

    /// <summary>The subject resigned from the object.</summary>
    ResignedFrom,

    /// <summary>The subject created the object, a work.</summary>
    Created,

    /// <summary>The subject published the object.</summary>
    Published,

    /// <summary>The subject, a work, aired on the object, a broadcaster.</summary>
    AiredOn,

    /// <summary>The subject and the object are family.</summary>
    RelatedTo,

    /// <summary>The subject took the object to court: a lawsuit, a civil action or a complaint a court hears.</summary>
    Sued,
}
