using Microsoft.Extensions.Options;

namespace OutlookRelations.Server.Identity;

/// <summary>Puts each of <see cref="EntraOptions.Problems"/> in the start's failure, by name.</summary>
internal sealed class EntraValidation : IValidateOptions<EntraOptions>
{
    public ValidateOptionsResult Validate(string? name, EntraOptions options) =>
        EntraOptions.Problems(options).ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
