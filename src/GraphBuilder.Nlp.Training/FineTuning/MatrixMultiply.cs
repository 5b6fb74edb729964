using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace GraphBuilder.Nlp.Training.FineTuning;

/// <summary>
/// A blocked single-precision matrix multiply, <c>C (+)= op(A) · op(B)</c> on row-major matrices with row strides,
/// where <c>op</c> is the identity or the transpose. It follows the GotoBLAS layout: panels of B (<see cref="DepthBlock"/>
/// rows by <see cref="ColumnBlock"/> columns) and of A (<see cref="RowBlock"/> rows) are packed into contiguous
/// buffers (which is also where a transpose is taken), and a register-blocked kernel computes 6 rows by 32 columns
/// (two 512-bit vectors; 16 columns with 256-bit vectors) with fused multiply-adds.
/// </summary>
internal static class MatrixMultiply
{
    private const int KernelRows = 6;
    private const int DepthBlock = 256;
    private const int RowBlock = 96;
    private const int ColumnBlock = 1024;

    /// <summary>Gets the columns of the kernel's tile: two vectors of the widest accelerated width.</summary>
    private static readonly int KernelColumns = Vector512.IsHardwareAccelerated ? 32 : 16;

    /// <summary>Gets or sets the number of threads a large product may use (training sets it; 1 by default).</summary>
    public static int Threads { get; set; } = 1;

    /// <summary>Computes <c>C = A·B</c> (or adds it to C) for contiguous matrices: A is m×k, B is k×n, C is m×n.</summary>
    public static void Multiply(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int k, int n, bool accumulate = false) =>
        Gemm(false, false, m, n, k, a, k, b, n, c, n, accumulate);

    /// <summary>Computes <c>C = A·Bᵀ</c> (or adds it to C): A is m×k, B is n×k, C is m×n.</summary>
    public static void MultiplyTransposedB(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int k, int n, bool accumulate = false) =>
        Gemm(false, true, m, n, k, a, k, b, k, c, n, accumulate);

    /// <summary>Computes <c>C = Aᵀ·B</c> (or adds it to C): A is k×m, B is k×n, C is m×n.</summary>
    public static void MultiplyTransposedA(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int k, int n, bool accumulate = false) =>
        Gemm(true, false, m, n, k, a, m, b, n, c, n, accumulate);

    /// <summary>
    /// Computes <c>C = op(A)·op(B)</c>, or adds it to C when <paramref name="accumulate"/> is set. op(A) is m×k and
    /// op(B) is k×n; A is stored m×k (or k×m when transposed) with row stride <paramref name="lda"/>, B k×n (or n×k)
    /// with row stride <paramref name="ldb"/>, and C m×n with row stride <paramref name="ldc"/>.
    /// </summary>
    public static unsafe void Gemm(bool transposeA, bool transposeB, int m, int n, int k, ReadOnlySpan<float> a, int lda, ReadOnlySpan<float> b, int ldb, Span<float> c, int ldc, bool accumulate)
    {
        if (m == 0 || n == 0)
        {
            return;
        }

        if (k == 0)
        {
            if (!accumulate)
            {
                for (var i = 0; i < m; i++)
                {
                    c.Slice(i * ldc, n).Clear();
                }
            }

            return;
        }

        var nr = KernelColumns;
        var columnBlock = Math.Min(ColumnBlock, RoundUp(n, nr));
        var depthBlock = Math.Min(DepthBlock, k);
        var packedB = ArrayPool<float>.Shared.Rent(depthBlock * columnBlock);
        try
        {
            for (var jc = 0; jc < n; jc += columnBlock)
            {
                var nc = Math.Min(columnBlock, n - jc);
                for (var pc = 0; pc < k; pc += depthBlock)
                {
                    var kc = Math.Min(depthBlock, k - pc);
                    PackB(b, ldb, transposeB, pc, kc, jc, nc, packedB);
                    var add = accumulate || pc > 0;
                    var rowBlocks = (m + RowBlock - 1) / RowBlock;
                    if (Threads > 1 && rowBlocks > 1 && (long)m * nc * kc >= 1 << 20)
                    {
                        // The threads share the packed B panel and each packs its own blocks of A.
                        fixed (float* pa = a)
                        fixed (float* pcPointer = c)
                        {
                            var (aAddress, aLength, cAddress, cLength) = ((nint)pa, a.Length, (nint)pcPointer, c.Length);
                            var (jcLocal, pcLocal, kcLocal, ncLocal) = (jc, pc, kc, nc);
                            Parallel.For(0, rowBlocks, new ParallelOptions { MaxDegreeOfParallelism = Threads }, block =>
                            {
                                var aSpan = new ReadOnlySpan<float>((void*)aAddress, aLength);
                                var cSpan = new Span<float>((void*)cAddress, cLength);
                                RowBlocks(aSpan, lda, transposeA, block * RowBlock, Math.Min(m, (block + 1) * RowBlock), pcLocal, kcLocal, packedB, ncLocal, cSpan, ldc, jcLocal, add);
                            });
                        }
                    }
                    else
                    {
                        RowBlocks(a, lda, transposeA, 0, m, pc, kc, packedB, nc, c, ldc, jc, add);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(packedB);
        }
    }

    private static void RowBlocks(ReadOnlySpan<float> a, int lda, bool transposeA, int from, int to, int pc, int kc, float[] packedB, int nc, Span<float> c, int ldc, int jc, bool add)
    {
        var packedA = ArrayPool<float>.Shared.Rent(RowBlock * kc);
        try
        {
            for (var ic = from; ic < to; ic += RowBlock)
            {
                var mc = Math.Min(RowBlock, to - ic);
                PackA(a, lda, transposeA, ic, mc, pc, kc, packedA);
                Macro(packedA, packedB, mc, nc, kc, c.Slice((ic * ldc) + jc), ldc, add);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(packedA);
        }
    }

    private static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;

    /// <summary>Packs op(B)[pc..pc+kc, jc..jc+nc] as panels of <see cref="KernelColumns"/> columns, zero-padded: panel[p][j].</summary>
    private static void PackB(ReadOnlySpan<float> b, int ldb, bool transposed, int pc, int kc, int jc, int nc, float[] packed)
    {
        var nr = KernelColumns;
        var at = 0;
        for (var j0 = 0; j0 < nc; j0 += nr)
        {
            var width = Math.Min(nr, nc - j0);
            for (var p = 0; p < kc; p++)
            {
                var row = packed.AsSpan(at, nr);
                if (!transposed)
                {
                    b.Slice(((pc + p) * ldb) + jc + j0, width).CopyTo(row);
                }
                else
                {
                    for (var j = 0; j < width; j++)
                    {
                        row[j] = b[((jc + j0 + j) * ldb) + pc + p];
                    }
                }

                row[width..].Clear();
                at += nr;
            }
        }
    }

    /// <summary>Packs op(A)[ic..ic+mc, pc..pc+kc] as panels of <see cref="KernelRows"/> rows, zero-padded: panel[p][i].</summary>
    private static void PackA(ReadOnlySpan<float> a, int lda, bool transposed, int ic, int mc, int pc, int kc, float[] packed)
    {
        var at = 0;
        for (var i0 = 0; i0 < mc; i0 += KernelRows)
        {
            var height = Math.Min(KernelRows, mc - i0);
            if (!transposed)
            {
                for (var p = 0; p < kc; p++)
                {
                    var i = 0;
                    for (; i < height; i++)
                    {
                        packed[at + (p * KernelRows) + i] = a[((ic + i0 + i) * lda) + pc + p];
                    }

                    for (; i < KernelRows; i++)
                    {
                        packed[at + (p * KernelRows) + i] = 0;
                    }
                }
            }
            else
            {
                for (var p = 0; p < kc; p++)
                {
                    var source = a.Slice(((pc + p) * lda) + ic + i0, height);
                    var target = packed.AsSpan(at + (p * KernelRows), KernelRows);
                    source.CopyTo(target);
                    target[height..].Clear();
                }
            }

            at += kc * KernelRows;
        }
    }

    private static void Macro(float[] packedA, float[] packedB, int mc, int nc, int kc, Span<float> c, int ldc, bool add)
    {
        var nr = KernelColumns;
        Span<float> tile = stackalloc float[KernelRows * 32];
        for (var j0 = 0; j0 < nc; j0 += nr)
        {
            var width = Math.Min(nr, nc - j0);
            ref var panelB = ref packedB[(j0 / nr) * kc * nr];
            for (var i0 = 0; i0 < mc; i0 += KernelRows)
            {
                var height = Math.Min(KernelRows, mc - i0);
                ref var panelA = ref packedA[(i0 / KernelRows) * kc * KernelRows];
                if (height == KernelRows && width == nr)
                {
                    Kernel(kc, ref panelA, ref panelB, ref c[(i0 * ldc) + j0], ldc, add);
                    continue;
                }

                // Edge tile: computed whole into a scratch tile, then the valid part is written.
                tile.Clear();
                Kernel(kc, ref panelA, ref panelB, ref MemoryMarshal.GetReference(tile), nr, add: false);
                for (var i = 0; i < height; i++)
                {
                    var target = c.Slice(((i0 + i) * ldc) + j0, width);
                    var source = tile.Slice(i * nr, width);
                    if (add)
                    {
                        for (var j = 0; j < width; j++)
                        {
                            target[j] += source[j];
                        }
                    }
                    else
                    {
                        source.CopyTo(target);
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel(int kc, ref float a, ref float b, ref float c, int ldc, bool add)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            Kernel512(kc, ref a, ref b, ref c, ldc, add);
        }
        else
        {
            Kernel256(kc, ref a, ref b, ref c, ldc, add);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel512(int kc, ref float a, ref float b, ref float c, int ldc, bool add)
    {
        Vector512<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector512<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        nuint pa = 0;
        nuint pb = 0;
        for (var p = 0; p < kc; p++)
        {
            var b0 = Vector512.LoadUnsafe(ref b, pb);
            var b1 = Vector512.LoadUnsafe(ref b, pb + 16);
            var x = Vector512.Create(Unsafe.Add(ref a, pa));
            c00 = Vector512.FusedMultiplyAdd(x, b0, c00);
            c01 = Vector512.FusedMultiplyAdd(x, b1, c01);
            x = Vector512.Create(Unsafe.Add(ref a, pa + 1));
            c10 = Vector512.FusedMultiplyAdd(x, b0, c10);
            c11 = Vector512.FusedMultiplyAdd(x, b1, c11);
            x = Vector512.Create(Unsafe.Add(ref a, pa + 2));
            c20 = Vector512.FusedMultiplyAdd(x, b0, c20);
            c21 = Vector512.FusedMultiplyAdd(x, b1, c21);
            x = Vector512.Create(Unsafe.Add(ref a, pa + 3));
            c30 = Vector512.FusedMultiplyAdd(x, b0, c30);
            c31 = Vector512.FusedMultiplyAdd(x, b1, c31);
            x = Vector512.Create(Unsafe.Add(ref a, pa + 4));
            c40 = Vector512.FusedMultiplyAdd(x, b0, c40);
            c41 = Vector512.FusedMultiplyAdd(x, b1, c41);
            x = Vector512.Create(Unsafe.Add(ref a, pa + 5));
            c50 = Vector512.FusedMultiplyAdd(x, b0, c50);
            c51 = Vector512.FusedMultiplyAdd(x, b1, c51);
            pa += KernelRows;
            pb += 32;
        }

        Store512(ref c, 0, c00, c01, add);
        Store512(ref c, (nuint)ldc, c10, c11, add);
        Store512(ref c, (nuint)(2 * ldc), c20, c21, add);
        Store512(ref c, (nuint)(3 * ldc), c30, c31, add);
        Store512(ref c, (nuint)(4 * ldc), c40, c41, add);
        Store512(ref c, (nuint)(5 * ldc), c50, c51, add);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store512(ref float c, nuint offset, Vector512<float> v0, Vector512<float> v1, bool add)
    {
        if (add)
        {
            v0 += Vector512.LoadUnsafe(ref c, offset);
            v1 += Vector512.LoadUnsafe(ref c, offset + 16);
        }

        v0.StoreUnsafe(ref c, offset);
        v1.StoreUnsafe(ref c, offset + 16);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel256(int kc, ref float a, ref float b, ref float c, int ldc, bool add)
    {
        Vector256<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        nuint pa = 0;
        nuint pb = 0;
        for (var p = 0; p < kc; p++)
        {
            var b0 = Vector256.LoadUnsafe(ref b, pb);
            var b1 = Vector256.LoadUnsafe(ref b, pb + 8);
            var x = Vector256.Create(Unsafe.Add(ref a, pa));
            c00 = Vector256.FusedMultiplyAdd(x, b0, c00);
            c01 = Vector256.FusedMultiplyAdd(x, b1, c01);
            x = Vector256.Create(Unsafe.Add(ref a, pa + 1));
            c10 = Vector256.FusedMultiplyAdd(x, b0, c10);
            c11 = Vector256.FusedMultiplyAdd(x, b1, c11);
            x = Vector256.Create(Unsafe.Add(ref a, pa + 2));
            c20 = Vector256.FusedMultiplyAdd(x, b0, c20);
            c21 = Vector256.FusedMultiplyAdd(x, b1, c21);
            x = Vector256.Create(Unsafe.Add(ref a, pa + 3));
            c30 = Vector256.FusedMultiplyAdd(x, b0, c30);
            c31 = Vector256.FusedMultiplyAdd(x, b1, c31);
            x = Vector256.Create(Unsafe.Add(ref a, pa + 4));
            c40 = Vector256.FusedMultiplyAdd(x, b0, c40);
            c41 = Vector256.FusedMultiplyAdd(x, b1, c41);
            x = Vector256.Create(Unsafe.Add(ref a, pa + 5));
            c50 = Vector256.FusedMultiplyAdd(x, b0, c50);
            c51 = Vector256.FusedMultiplyAdd(x, b1, c51);
            pa += KernelRows;
            pb += 16;
        }

        Store256(ref c, 0, c00, c01, add);
        Store256(ref c, (nuint)ldc, c10, c11, add);
        Store256(ref c, (nuint)(2 * ldc), c20, c21, add);
        Store256(ref c, (nuint)(3 * ldc), c30, c31, add);
        Store256(ref c, (nuint)(4 * ldc), c40, c41, add);
        Store256(ref c, (nuint)(5 * ldc), c50, c51, add);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store256(ref float c, nuint offset, Vector256<float> v0, Vector256<float> v1, bool add)
    {
        if (add)
        {
            v0 += Vector256.LoadUnsafe(ref c, offset);
            v1 += Vector256.LoadUnsafe(ref c, offset + 8);
        }

        v0.StoreUnsafe(ref c, offset);
        v1.StoreUnsafe(ref c, offset + 8);
    }
}
