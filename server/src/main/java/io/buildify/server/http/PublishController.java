package io.buildify.server.http;

import io.buildify.core.api.ArchiveRequest;
import io.buildify.core.api.PublishRequest;
import io.buildify.server.publish.ArchiveService;
import io.buildify.server.publish.PublishResult;
import io.buildify.server.publish.PublishService;
import io.javalin.http.Context;

import java.sql.SQLException;
import java.util.Objects;

/** Preview, publish and archive of one entity; all decisions are the services'. */
public final class PublishController {
    /** Set on the answer of a publish whose request id was already applied. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final PublishService publishing;
    private final ArchiveService archiving;

    public PublishController(PublishService publishing, ArchiveService archiving) {
        this.publishing = Objects.requireNonNull(publishing, "publishing");
        this.archiving = Objects.requireNonNull(archiving, "archiving");
    }

    /** {@code POST /api/v1/data-model/entities/{name}/preview}: the plan, nothing executed. */
    public void preview(Context ctx) throws SQLException {
        PublishRequest request = JsonBodies.read(ctx, PublishRequest.class);
        ctx.json(publishing.preview(ctx.pathParam("name"), request));
    }

    /** {@code POST /api/v1/data-model/entities/{name}/publish}: 201 when applied, 200 when replayed. */
    public void publish(Context ctx) throws SQLException {
        PublishRequest request = JsonBodies.read(ctx, PublishRequest.class);
        answer(ctx, publishing.publish(ctx.pathParam("name"), request));
    }

    /** {@code POST /api/v1/data-model/entities/{name}/archive}: the delete of a published entity, like a publish. */
    public void archive(Context ctx) throws SQLException {
        ArchiveRequest request = JsonBodies.read(ctx, ArchiveRequest.class);
        answer(ctx, archiving.archive(ctx.pathParam("name"), request));
    }

    private static void answer(Context ctx, PublishResult result) {
        if (result.replayed()) {
            ctx.header(REPLAYED_HEADER, "true");
        }
        ctx.status(result.replayed() ? 200 : 201).json(result.response());
    }
}
