using MassTransit;
using Moderation.Contracts;
using Moderation.Service.Api;
using Moderation.Service.Configuration;
using Microsoft.AspNetCore.HttpOverrides;
using Moderation.Service.Health;
using Moderation.Service.Hosting;
using Moderation.Service.Messaging;
using Moderation.Service.Moderating;
using Moderation.Service.Observability;
using Moderation.Service.Loading;
using Moderation.Service.Review;
using Moderation.Service.Stores;
using Prometheus;
using StackExchange.Redis;

namespace Moderation.Service;

/// <summary>All wiring of the service: options, stores, pipeline, bus, health, metrics and endpoints.</summary>
public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddExceptionHandler<DependencyUnavailable>();
        // A body that is not JSON is a 400 with a plain ProblemDetails in every environment (Development would otherwise throw,
        // and its exception page would put the exception and its stack in the body).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.AddOptions<ModerationOptions>().Bind(builder.Configuration.GetSection(ModerationOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ModerationOptions>, ModerationOptionsValidation>();
        var proxies = builder.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        if (proxies.Problems().FirstOrDefault() is { } proxyProblem)
        {
            throw new InvalidSettingException(proxyProblem);
        }

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies.KnownProxies)
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddOptions<ApiOptions>().Bind(builder.Configuration.GetSection(ApiOptions.Section)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ApiOptions>, ApiOptionsValidation>();
        // Read from the configuration, not the validated options: the server is built before the settings are checked, and a
        // failure there would hide the other settings' problems (StartFailure.CheckSettings names them all).
        var maxBody = (builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions()).MaxRequestBodyBytes;
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = maxBody);
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(45));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ModerationMetrics>();
        services.AddSingleton<ActivePipeline>();
        services.AddHostedService<PipelineReloader>();
        services.AddSingleton<DecisionReader>();
        services.AddSingleton<DecisionWriter>();
        services.AddSingleton<CommentModerator>();
        services.AddSingleton<DecisionPublisher>();
        services.AddSingleton<ModerationDesk>();

        var health = services.AddHealthChecks().AddCheck<PipelineHealthCheck>("pipeline", tags: [HealthApi.ReadyTag]);
        var redis = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IDecisionStore, InMemoryDecisionStore>();
            services.AddSingleton<IScoreCache, InMemoryScoreCache>();
            services.AddSingleton<IAuthorVelocity, InMemoryAuthorVelocity>();
            services.AddSingleton<ICampaignTracker, InMemoryCampaignTracker>();
        }
        else
        {
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectRedis(redis));
            services.AddSingleton<IDecisionStore, RedisDecisionStore>();
            services.AddSingleton<IScoreCache, RedisScoreCache>();
            services.AddSingleton<IAuthorVelocity, RedisAuthorVelocity>();
            services.AddSingleton<ICampaignTracker, RedisCampaignTracker>();
            health.AddCheck<RedisHealthCheck>("redis", tags: [HealthApi.ReadyTag]);
        }

        builder.AddReview(useRedis: !string.IsNullOrWhiteSpace(redis));
        services.AddBus(builder.Configuration.GetConnectionString("RabbitMq"));
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        // The client's address and scheme as a known proxy (the TLS-terminating ingress) saw them: the sign-in throttle counts
        // per client, and the cookies are Secure and HSTS is sent when the client used HTTPS.
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        // A dependency that is down (Redis, the model and policy) is a 503 with Retry-After; any other fault a ProblemDetails 500.
        app.UseExceptionHandler();
        // A client error without a body of its own (a request body that is not JSON, a missing key) gets a ProblemDetails one.
        app.UseStatusCodePages();
        app.UseApiKey();
        app.MapReview();
        app.MapHealthApi();
        app.MapCommentsApi();
        app.MapMetrics("/metrics", app.Services.GetRequiredService<ModerationMetrics>().Registry);
        return app;
    }

    private static void AddBus(this IServiceCollection services, string? rabbitMq)
    {
        var broker = string.IsNullOrWhiteSpace(rabbitMq) ? null : BrokerAddress.Parse(rabbitMq);
        if (broker is not null)
        {
            services.AddSingleton(broker);
            // Registered before the bus, so the exchanges exist before the first decision is published.
            services.AddHostedService<ContractTopology>();
            services.AddSingleton<RabbitDecisionExchanges>();
            services.AddSingleton<IDecisionExchanges>(provider => provider.GetRequiredService<RabbitDecisionExchanges>());
            services.AddHealthChecks().AddCheck<DecisionExchangesHealthCheck>("decision-exchanges", tags: [HealthApi.ReadyTag]);
        }
        else
        {
            services.AddSingleton<IDecisionExchanges, BusDecisionExchanges>();
        }

        services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StopTimeout = TimeSpan.FromSeconds(40);
        });
        services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            bus.AddConsumer<CommentBatchConsumer, CommentBatchConsumerDefinition>();
            bus.AddReceiveObserver<ErrorCounter>();
            if (broker is null)
            {
                bus.UsingInMemory((context, cfg) =>
                {
                    ConfigureContract(cfg);
                    cfg.ConfigureEndpoints(context);
                });
                return;
            }

            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(broker.Host, broker.Port, broker.VirtualHost, $"moderation-service {Environment.MachineName}", host =>
                {
                    host.Username(broker.Username);
                    host.Password(broker.Password);
                    host.PublisherConfirmation = true;
                    if (broker.UseSsl)
                    {
                        host.UseSsl(_ => { });
                    }
                });
                ConfigureContract(cfg);
                cfg.ConfigureEndpoints(context);
            });
        });
    }

    /// <summary>Raw JSON per the wire contract, to exchanges named by the contract; MassTransit's envelope is still read.</summary>
    private static void ConfigureContract(IBusFactoryConfigurator cfg)
    {
        cfg.UseRawJsonSerializer(RawSerializerOptions.All, isDefault: true);
        cfg.UseJsonDeserializer();
        cfg.Message<CommentSubmitted>(m => m.SetEntityName(ModerationTopology.CommentSubmittedExchange));
        cfg.Message<CommentApproved>(m => m.SetEntityName(ModerationTopology.CommentApprovedExchange));
        cfg.Message<CommentFlagged>(m => m.SetEntityName(ModerationTopology.CommentFlaggedExchange));
        cfg.Message<CommentRejected>(m => m.SetEntityName(ModerationTopology.CommentRejectedExchange));
        cfg.Message<CommentReviewed>(m => m.SetEntityName(ModerationTopology.CommentReviewedExchange));
        // The events share a base record; publishing must not create an exchange for it.
        cfg.Publish<CommentDecision>(p => p.Exclude = true);
    }

    private static ConnectionMultiplexer ConnectRedis(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        // Start (and stay up) while Redis is down; operations fail fast and the message is retried.
        options.AbortOnConnectFail = false;
        options.ClientName ??= "moderation-service";
        return ConnectionMultiplexer.Connect(options);
    }
}
