using Gongkai.Staff;

namespace Gongkai.Publishing;

/// <summary>
/// One step of an agency's review chain (审查环节) as its administrator sets it: a name such as 科室初审 and the role
/// whose holders decide it. A document copies the chain when it is sent (<see cref="ReviewStage"/>).
/// </summary>
public sealed class ReviewStep
{
    public ReviewStep(int agencyId, int position, string name, StaffRoles role)
    {
        AgencyId = agencyId;
        Position = position;
        Name = name;
        Role = role;
    }

    public long Id { get; private set; }

    public int AgencyId { get; private set; }

    public int Position { get; private set; }

    public string Name { get; private set; }

    public StaffRoles Role { get; private set; }

    public ReviewStage ToStage() => new(Position, Name, Role);
}
