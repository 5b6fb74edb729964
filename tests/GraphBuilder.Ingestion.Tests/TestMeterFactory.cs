using System.Diagnostics.Metrics;

namespace GraphBuilder.Ingestion.Tests;

/// <summary>
/// A meter factory of the test's own, so a listener can tell this test's meters from those of tests running beside it.
/// </summary>
internal sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
        _meters.Add(meter);
        return meter;
    }

    public void Dispose()
    {
        foreach (var meter in _meters)
        {
            meter.Dispose();
        }
    }
}
