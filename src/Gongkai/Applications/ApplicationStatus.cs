namespace Gongkai.Applications;

/// <summary>Where a case stands. An extension is not a state: it is recorded on the case and only moves the due date.</summary>
public enum ApplicationStatus
{
    /// <summary>Arrived by a channel whose date of receipt needs a confirmation with the applicant (Art. 31), not yet confirmed.</summary>
    AwaitingConfirmation,
    /// <summary>Received and being handled; the reply clock runs.</summary>
    Received,
    /// <summary>A correction notice (补正告知) was sent; the clock restarts when the correction arrives (Art. 30).</summary>
    AwaitingCorrection,
    /// <summary>A third party is being consulted (Art. 32); the clock is paused (Art. 33 para 3).</summary>
    InThirdPartyConsultation,
    /// <summary>Another agency is being consulted (Art. 34); the clock is paused (Art. 33 para 3).</summary>
    InAgencyConsultation,
    /// <summary>A fee notice was sent and payment is awaited (国办函〔2020〕109号).</summary>
    AwaitingFee,
    /// <summary>The reply (答复) was made; the outcome is fixed.</summary>
    Replied,
    /// <summary>The reply was delivered, with proof.</summary>
    Delivered,
    /// <summary>Nothing more to do: archived after delivery, or ended without a reply (abandoned, withdrawn).</summary>
    Closed,
}
