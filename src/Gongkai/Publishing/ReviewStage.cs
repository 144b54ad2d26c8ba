using Gongkai.Staff;

namespace Gongkai.Publishing;

/// <summary>
/// One step of a document's review chain as it stood when the document was sent for review: later changes to the
/// agency's chain do not move a document already under way.
/// </summary>
public sealed record ReviewStage(int Position, string Name, StaffRoles Role);
