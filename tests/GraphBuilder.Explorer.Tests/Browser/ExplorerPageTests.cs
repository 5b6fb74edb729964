using GraphBuilder.Testing.Files;
using Microsoft.Playwright;

namespace GraphBuilder.Explorer.Tests.Browser;

/// <summary>
/// The page in a real browser: search, open an entity, read a fact's evidence with its names highlighted, open the
/// article, follow a mention. The journey's screenshots are the README's.
/// </summary>
public sealed class ExplorerPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Screenshots = Path.Combine(RepositoryPaths.Root, "docs", "explorer");

    [Fact]
    public async Task Journey_SearchEntityEvidenceArticleMention_WorksWithTheKeyboardAndMouse()
    {
        fixture.RequireBrowser();
        var page = await NewPageAsync(1280, 800);

        await page.GotoAsync(fixture.BaseAddress.ToString());
        await page.Locator("#q").FillAsync("Puti");
        await page.Locator("#suggestions li", new() { HasText = "Vladimir Putin" }).WaitForAsync();
        await page.Locator("#q").PressAsync("Enter");

        await page.WaitForURLAsync("**/entities/person:vladimir-putin");
        await page.Locator("#entity-name", new() { HasText = "Vladimir Putin" }).WaitForAsync();
        var fact = page.Locator(".fact", new() { HasText = "INTERVIEWED" });
        (await fact.Locator(".sentence").First.TextContentAsync()).ShouldBe(WrittenArticles.InterviewSentence);
        (await fact.Locator("mark.name").AllTextContentsAsync()).ShouldBe(["Oliver Stone", "Vladimir Putin"]);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#neighbours li').length >= 2");
        await page.WaitForTimeoutAsync(300);
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "entity.png") });

        await fact.Locator("a", new() { HasText = "article" }).First.ClickAsync();
        await page.WaitForURLAsync("**/articles/article:u-interview");
        await page.Locator("#article-title", new() { HasText = "Stone talks to Putin" }).WaitForAsync();
        (await page.Locator("mark.ent").CountAsync()).ShouldBe(6);
        (await page.Locator("mark.ent[data-type=Work]").TextContentAsync())!.ShouldStartWith("The Putin Interviews");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "article.png") });

        await page.Locator("mark.ent a", new() { HasText = "Oliver Stone" }).ClickAsync();
        await page.WaitForURLAsync("**/entities/person:oliver-stone");
        await page.Locator("#entity-name", new() { HasText = "Oliver Stone" }).WaitForAsync();
        (await page.Locator(".fact", new() { HasText = "MET" }).Locator("mark.name").AllTextContentsAsync()).ShouldBe(["Oliver Stone", "Edward Snowden"]);
    }

    [Fact]
    public async Task DeepLink_Reload_ShowsTheEntityAndItsWhyPanel()
    {
        fixture.RequireBrowser();
        var page = await NewPageAsync(1280, 800);

        await page.GotoAsync(new Uri(fixture.BaseAddress, "/entities/person:oliver-stone").ToString());
        await page.ReloadAsync();
        await page.Locator("#why summary").ClickAsync();

        (await page.Locator("#entity-name").TextContentAsync())!.ShouldContain("Oliver Stone");
        await page.Locator("#why-body li").First.WaitForAsync();
        (await page.Locator("#why-body").TextContentAsync())!.ShouldContain("Oliver Stone");
    }

    [Fact]
    public async Task PhoneWidth_EntityPage_FitsWithoutSidewaysScrolling()
    {
        fixture.RequireBrowser();
        var page = await NewPageAsync(390, 844);

        await page.GotoAsync(new Uri(fixture.BaseAddress, "/entities/person:vladimir-putin").ToString());
        await page.Locator(".fact").First.WaitForAsync();

        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1")).ShouldBeTrue();
        (await page.Locator(".fact").First.IsVisibleAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task StatusPanel_Opened_ShowsTheLedger()
    {
        fixture.RequireBrowser();
        var page = await NewPageAsync(1280, 800);

        await page.GotoAsync(fixture.BaseAddress.ToString());
        await page.Locator("#status summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.Locator("#status-body table").WaitForAsync();
        (await page.Locator("#status-body").TextContentAsync())!.ShouldContain("ledger ingested3");
    }

    private async Task<IPage> NewPageAsync(int width, int height)
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();

        // Requests for another origin are refused, so the journey passes only if the program serves the whole page.
        await page.RouteAsync("**/*", route => new Uri(route.Request.Url).Authority == fixture.BaseAddress.Authority ? route.ContinueAsync() : route.AbortAsync());
        return page;
    }
}
