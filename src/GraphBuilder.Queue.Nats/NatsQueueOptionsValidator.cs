using Microsoft.Extensions.Options;

namespace GraphBuilder.Queue.Nats;

/// <summary>
/// Validates <see cref="NatsQueueOptions"/> at start-up.
/// </summary>
[OptionsValidator]
public sealed partial class NatsQueueOptionsValidator : IValidateOptions<NatsQueueOptions>;
