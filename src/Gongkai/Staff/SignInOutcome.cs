namespace Gongkai.Staff;

/// <summary>The signed-in user, or null with how long the address must wait before it may try this name again.</summary>
public sealed record SignInOutcome(StaffUser? User, TimeSpan? WaitLeft);
