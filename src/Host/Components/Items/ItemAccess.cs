using Disclosure.Workflows.Catalogue;
using Disclosure.Workflows.Common;
using Disclosure.Workflows.Definitions;
using Disclosure.Workflows.Engine;

namespace Disclosure.Host.Components.Items;

/// <summary>
/// What a person may do with an item on its screen, and why not: the same rules the catalogue and
/// the engine enforce (drafters edit, a draft is its drafter's, nothing changes under review).
/// </summary>
public sealed record ItemAccess(bool CanEdit, string? ReadOnlyReason, string? SaveNote, bool CanSubmit, bool CanWithdraw, bool CanConfirm)
{
    public static ItemAccess For(CatalogueItem? item, Caller caller, string? openStep)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var drafter = caller.Has(Roles.Drafter);
        if (item is null)
        {
            return new ItemAccess(drafter, drafter ? null : Messages.ReadOnlyNotDrafter.Text, null, false, false, false);
        }

        var latest = item.LatestVersion;
        var canWithdraw = caller.Has(Roles.Leader) && !item.IsWithdrawn;
        var canConfirm = drafter && !item.IsWithdrawn && item.Timing == TimingClass.LongTerm && item.PublishedVersions.Any();
        if (item.IsWithdrawn)
        {
            return new ItemAccess(false, Messages.ReadOnlyWithdrawn.Text, null, false, false, false);
        }

        if (!drafter)
        {
            return new ItemAccess(false, Messages.ReadOnlyNotDrafter.Text, null, false, canWithdraw, false);
        }

        if (latest.Status == VersionStatus.InReview)
        {
            return new ItemAccess(false, Messages.ReadOnlyInReview(latest.Number, openStep).Text, null, false, canWithdraw, canConfirm);
        }

        if (latest.IsEditable)
        {
            var mine = latest.DrafterId == caller.Actor.Id || latest.DrafterId == Actor.System.Id;
            return mine
                ? new ItemAccess(true, null, null, true, canWithdraw, canConfirm)
                : new ItemAccess(false, Messages.ReadOnlyOtherDrafter(latest.Number, latest.DrafterName).Text, null, false, canWithdraw, canConfirm);
        }

        // The latest version is closed (published, withheld, superseded): saving drafts the next one.
        return new ItemAccess(true, null, Messages.SavingStartsVersion(latest.Number, latest.Number + 1).Text, false, canWithdraw, canConfirm);
    }
}
