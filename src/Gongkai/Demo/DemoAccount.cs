namespace Gongkai.Demo;

/// <summary>A demo account just created, with the password shown to the person who loaded the demo.</summary>
public sealed record DemoAccount(string AgencyName, string LoginName, string Role, string Password);
