using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Tests.Model;

public sealed class LatinFoldingTests
{
    [Theory]
    [InlineData("Nguyễn Văn Hùng", "Nguyen Van Hung")]
    [InlineData("Phạm Đức Thắng", "Pham Duc Thang")]
    [InlineData("Trần Thị Mai Lan", "Tran Thi Mai Lan")]
    [InlineData("TRƯỜNG SƠN", "TRUONG SON")]
    [InlineData("Đặng Thanh Hương", "Dang Thanh Huong")]
    [InlineData("Cổ Chiên", "Co Chien")]
    public void Fold_VietnameseName_IsTheNameWireCopyWrites(string name, string wire) => LatinFolding.Fold(name).ShouldBe(wire);

    [Theory]
    [InlineData("Sepúlveda Núñez", "Sepulveda Nunez")]
    [InlineData("Öztürk", "Ozturk")]
    [InlineData("Straße", "Strasse")]
    public void Fold_OtherAccentedName_KeepsItsBaseLetters(string name, string folded) => LatinFolding.Fold(name).ShouldBe(folded);

    [Fact]
    public void Fold_LetterOutsideTheLatinAlphabet_IsKept() => LatinFolding.Fold("Москва").ShouldBe("Москва");
}
