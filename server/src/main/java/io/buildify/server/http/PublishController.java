package io.buildify.server.http;

import io.buildify.core.api.PublishRequest;
import io.buildify.server.publish.PublishResult;
import io.buildify.server.publish.PublishService;
import io.javalin.http.Context;

import java.sql.SQLException;
import java.util.Objects;

/** Preview and publish of one entity; all decisions are the {@link PublishService}'s. */
public final class PublishController {
    /** Set on the answer of a publish whose request id was already applied. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final PublishService publishing;

    public PublishController(PublishService publishing) {
        this.publishing = Objects.requireNonNull(publishing, "publishing");
    }

    /** {@code POST /api/v1/data-model/entities/{name}/preview}: the plan, nothing executed. */
    public void preview(Context ctx) throws SQLException {
        PublishRequest request = JsonBodies.read(ctx, PublishRequest.class);
        ctx.json(publishing.preview(ctx.pathParam("name"), request));
    }

    /** {@code POST /api/v1/data-model/entities/{name}/publish}: 201 when applied, 200 when replayed. */
    public void publish(Context ctx) throws SQLException {
        PublishRequest request = JsonBodies.read(ctx, PublishRequest.class);
        PublishResult result = publishing.publish(ctx.pathParam("name"), request);
        if (result.replayed()) {
            ctx.header(REPLAYED_HEADER, "true");
        }
        ctx.status(result.replayed() ? 200 : 201).json(result.response());
    }
}
