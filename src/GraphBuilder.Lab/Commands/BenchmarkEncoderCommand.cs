using System.CommandLine;
using System.Globalization;
using GraphBuilder.Nlp.Training.FineTuning;

namespace GraphBuilder.Lab.Commands;

/// <summary>Builds the <c>benchmark encoder</c> verb: the speed of the fine-tuning kernels (matrix multiply, MiniLM forward and backward).</summary>
internal static class BenchmarkEncoderCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var threads = new Option<int>("--threads") { Description = "The threads the matrix multiply may use.", DefaultValueFactory = _ => 1 };
        var parity = new Option<string?>("--parity") { Description = "A text file: also report the largest difference between the C# layer-3 vectors and ONNX Runtime's on it." };
        var command = new Command("encoder", "Measure the fine-tuning kernels: GFLOP/s of the matrix multiply, pieces/s of the MiniLM layers' forward and backward passes.") { threads, parity };
        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(parity) is { } path)
            {
                var (difference, values) = EncoderBenchmark.Parity(File.ReadAllText(path));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parity with ONNX Runtime, MiniLM layer 3: max abs difference {difference:G3} over {values} values"));
            }

            EncoderBenchmark.Run(parseResult.GetValue(threads), line => Console.WriteLine(line));
            return 0;
        });
        return command;
    }
}
