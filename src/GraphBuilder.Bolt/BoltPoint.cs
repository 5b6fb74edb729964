namespace GraphBuilder.Bolt;

/// <summary>
/// Represents a spatial point (PackStream structures 'X' for 2D and 'Y' for 3D).
/// </summary>
/// <param name="Srid">The coordinate reference system id, for example 7203 (cartesian) or 4326 (WGS-84).</param>
/// <param name="X">The x coordinate (longitude for geographic systems).</param>
/// <param name="Y">The y coordinate (latitude for geographic systems).</param>
/// <param name="Z">The z coordinate, or <see langword="null"/> for a 2D point.</param>
public sealed record BoltPoint(int Srid, double X, double Y, double? Z = null);
