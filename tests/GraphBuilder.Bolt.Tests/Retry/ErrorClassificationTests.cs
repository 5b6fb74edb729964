using GraphBuilder.Bolt.Retry;

namespace GraphBuilder.Bolt.Tests.Retry;

public sealed class ErrorClassificationTests
{
    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", true)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", true)]
    [InlineData("Neo.TransientError.Completely.MadeUp", true)]
    [InlineData("Neo.ClientError.Security.AuthorizationExpired", true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", false)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", false)]
    public void CreateServerException_Code_IsRetryableAsDriversDo(string code, bool retryable)
    {
        var exception = ErrorClassification.CreateServerException(code, "message");

        exception.IsRetryable.ShouldBe(retryable);
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.Terminated", "Neo.ClientError.Transaction.Terminated")]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", "Neo.ClientError.Transaction.LockClientStopped")]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", "Neo.TransientError.Transaction.DeadlockDetected")]
    public void CreateServerException_ReclassifiedCode_ReportsClientError(string code, string expected)
    {
        ErrorClassification.CreateServerException(code, "m").Code.ShouldBe(expected);
    }

    [Fact]
    public void CreateServerException_SecurityCode_ReturnsAuthenticationException()
    {
        ErrorClassification.CreateServerException("Neo.ClientError.Security.Unauthorized", "no").ShouldBeOfType<BoltAuthenticationException>();
        ErrorClassification.CreateServerException("Neo.ClientError.Security.AuthorizationExpired", "no").ShouldBeOfType<BoltServerException>();
    }

    [Fact]
    public void IsRetryable_ConnectionAndSessionExpired_AreRetried()
    {
        ErrorClassification.IsRetryable(new BoltConnectionException("lost")).ShouldBeTrue();
        ErrorClassification.IsRetryable(new BoltSessionExpiredException("expired")).ShouldBeTrue();
        ErrorClassification.IsRetryable(new BoltProtocolException("bad")).ShouldBeFalse();
        ErrorClassification.IsRetryable(new InvalidOperationException()).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Neo.ClientError.Cluster.NotALeader", true)]
    [InlineData("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase", true)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", false)]
    public void IsFailureToWrite_Code_DetectsLostLeadership(string code, bool expected)
    {
        ErrorClassification.IsFailureToWrite(code).ShouldBe(expected);
    }

    [Fact]
    public void BoltServerException_Code_SplitsClassificationCategoryTitle()
    {
        var exception = new BoltServerException("Neo.ClientError.Statement.SyntaxError", "bad");

        exception.Classification.ShouldBe("ClientError");
        exception.Category.ShouldBe("Statement");
        exception.Title.ShouldBe("SyntaxError");
    }
}
