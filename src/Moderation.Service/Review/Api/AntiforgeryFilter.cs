using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Moderation.Service.Review.Api;

/// <summary>Rejects a state-changing UI request without a valid CSRF token (header <c>X-CSRF-TOKEN</c>, from GET /api/review/session).</summary>
public sealed class AntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context.HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "CSRF token missing or invalid",
                Detail = $"Send the token of GET /api/review/session in the {HeaderName} header.",
            });
        }

        return await next(context);
    }
}
