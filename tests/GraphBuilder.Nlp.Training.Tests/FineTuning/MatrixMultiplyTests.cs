using GraphBuilder.Nlp.Training.FineTuning;

namespace GraphBuilder.Nlp.Training.Tests.FineTuning;

public sealed class MatrixMultiplyTests
{
    [Theory]
    [InlineData(false, false, 13, 37, 300)]
    [InlineData(false, true, 7, 70, 33)]
    [InlineData(true, false, 100, 5, 9)]
    [InlineData(true, true, 6, 32, 257)]
    [InlineData(false, false, 200, 1100, 40)]
    public void Gemm_AnyTransposeAndEdgeSizes_MatchesNaiveProduct(bool transposeA, bool transposeB, int m, int n, int k)
    {
        var a = FiniteDifferences.RandomArray(m * k, 1);
        var b = FiniteDifferences.RandomArray(k * n, 2);
        var c = FiniteDifferences.RandomArray(m * n, 3);
        var expected = (float[])c.Clone();
        Naive(transposeA, transposeB, m, n, k, a, b, expected, accumulate: true);

        MatrixMultiply.Gemm(transposeA, transposeB, m, n, k, a, transposeA ? m : k, b, transposeB ? k : n, c, n, accumulate: true);

        for (var i = 0; i < c.Length; i++)
        {
            c[i].ShouldBe(expected[i], 1e-3f + (1e-4f * Math.Abs(expected[i])));
        }
    }

    [Fact]
    public void Gemm_StridedSubmatrices_WritesOnlyTheTargetColumns()
    {
        // A 5×8 product written into columns 4..12 of a 5×16 matrix, reading columns 2..6 of a 5×10 A.
        var a = FiniteDifferences.RandomArray(5 * 10, 4);
        var b = FiniteDifferences.RandomArray(4 * 8, 5);
        var c = new float[5 * 16];
        var expected = new float[5 * 16];
        for (var i = 0; i < 5; i++)
        {
            for (var j = 0; j < 8; j++)
            {
                var sum = 0f;
                for (var p = 0; p < 4; p++)
                {
                    sum += a[(i * 10) + 2 + p] * b[(p * 8) + j];
                }

                expected[(i * 16) + 4 + j] = sum;
            }
        }

        MatrixMultiply.Gemm(false, false, 5, 8, 4, a.AsSpan(2), 10, b, 8, c.AsSpan(4), 16, accumulate: false);

        for (var i = 0; i < c.Length; i++)
        {
            c[i].ShouldBe(expected[i], 1e-5f);
        }
    }

    [Fact]
    public void Gemm_TwoThreads_GivesTheSameProductAsOne()
    {
        var (m, n, k) = (300, 384, 384);
        var a = FiniteDifferences.RandomArray(m * k, 6);
        var b = FiniteDifferences.RandomArray(k * n, 7);
        var one = new float[m * n];
        var two = new float[m * n];
        MatrixMultiply.Multiply(a, b, one, m, k, n);

        try
        {
            MatrixMultiply.Threads = 2;
            MatrixMultiply.Multiply(a, b, two, m, k, n);
        }
        finally
        {
            MatrixMultiply.Threads = 1;
        }

        two.ShouldBe(one);
    }

    private static void Naive(bool transposeA, bool transposeB, int m, int n, int k, float[] a, float[] b, float[] c, bool accumulate)
    {
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var p = 0; p < k; p++)
                {
                    var x = transposeA ? a[(p * m) + i] : a[(i * k) + p];
                    var y = transposeB ? b[(j * k) + p] : b[(p * n) + j];
                    sum += x * y;
                }

                c[(i * n) + j] = (float)((accumulate ? c[(i * n) + j] : 0) + sum);
            }
        }
    }
}
